import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor, Role } from '../accounts/actor.ts';
import {
  canEditCity,
  canRemoveLastCoordinator,
  canSeeMembers,
  canSeePrivateAssessment,
  type CityRelation,
} from './city-profile.policy.ts';

const actor = (...roles: Role[]): Actor => ({
  id: 1,
  name: 'A',
  email: 'a@example.org',
  preferredLanguage: 'en',
  organisationId: 7,
  roles: new Set(roles),
  partnerOrganisationId: null,
});
const none: CityRelation = { isMember: false, isCityCoordinator: false };
const member: CityRelation = { isMember: true, isCityCoordinator: false };
const cityCoordinator: CityRelation = { isMember: true, isCityCoordinator: true };

describe('city policy', () => {
  const cases: Array<[string, Actor | null, CityRelation, boolean[]]> = [
    // [who, actor, relation, [edit, see members, see private, remove last]]
    ['visitor', null, none, [false, false, false, false]],
    ['official of another city', actor(), none, [false, false, false, false]],
    ['member', actor(), member, [false, true, true, false]],
    ['city coordinator', actor(), cityCoordinator, [true, true, true, false]],
    ['facilitator', actor('facilitator'), none, [false, false, true, false]],
    ['partner editor', actor('partner_editor'), none, [false, false, false, false]],
    ['programme coordinator', actor('coordinator'), none, [true, true, true, true]],
    ['admin', actor('admin'), none, [true, true, true, true]],
  ];
  for (const [who, a, rel, expected] of cases)
    it(`decides for a ${who}`, () => {
      assert.deepEqual(
        [
          canEditCity(a, rel),
          canSeeMembers(a, rel),
          canSeePrivateAssessment(a, rel),
          canRemoveLastCoordinator(a),
        ],
        expected,
      );
    });
});
