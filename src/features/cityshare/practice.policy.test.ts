import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor, Role } from '../accounts/actor.ts';
import { canCreatePractice, canEditPractice, canViewPractice } from './practice.policy.ts';

// Who may write, edit and see good practices, as a table.

const actor = (roles: Role[] = []): Actor => ({
  id: 1,
  name: 'A',
  email: 'a@example.org',
  preferredLanguage: 'en',
  organisationId: 7,
  roles: new Set(roles),
  partnerOrganisationId: null,
});

describe('practice policy', () => {
  const CITY = 7;
  const rows: Array<[string, Actor | null, number[], boolean, boolean, boolean, boolean]> = [
    // who, actor, cities they coordinate, create, edit, view draft, view published
    ['visitor', null, [], false, false, false, true],
    ['member who coordinates nothing', actor(), [], false, false, false, true],
    ['city coordinator of the city', actor(), [CITY], true, true, true, true],
    ['city coordinator of another city', actor(), [8], true, false, false, true],
    ['facilitator', actor(['facilitator']), [], false, false, false, true],
    ['partner editor', actor(['partner_editor']), [], false, false, false, true],
    ['programme coordinator', actor(['coordinator']), [], true, true, true, true],
    ['admin', actor(['admin']), [], true, true, true, true],
  ];
  for (const [who, a, cities, create, edit, draft, published] of rows)
    it(`${who}: create ${create}, edit ${edit}, see a draft ${draft}`, () => {
      assert.equal(canCreatePractice(a, cities), create);
      assert.equal(canEditPractice(a, cities, CITY), edit);
      assert.equal(canViewPractice(a, cities, { status: 'draft', cityId: CITY }), draft);
      assert.equal(canViewPractice(a, cities, { status: 'published', cityId: CITY }), published);
    });
});
