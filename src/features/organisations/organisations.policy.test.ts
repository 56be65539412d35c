import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor, Role } from '../accounts/actor.ts';
import { canEditOrganisation } from './organisations.policy.ts';

function actor(roles: Role[]): Actor {
  return {
    id: 1,
    name: 'A',
    email: 'a@example.org',
    preferredLanguage: 'en',
    organisationId: 7,
    roles: new Set(roles),
    partnerOrganisationId: roles.includes('partner_editor') ? 7 : null,
  };
}

describe('organisation policy', () => {
  const table: Array<[string, Actor | null, boolean]> = [
    ['anonymous visitor', null, false],
    ['learner', actor([]), false],
    ['facilitator', actor(['facilitator']), false],
    ['partner editor, even of that organisation', actor(['partner_editor']), false],
    ['coordinator', actor(['coordinator']), true],
    ['admin', actor(['admin']), true],
    ['facilitator who is also a coordinator', actor(['facilitator', 'coordinator']), true],
  ];
  for (const [who, a, expected] of table)
    it(`${who} ${expected ? 'may' : 'may not'} edit organisations`, () => {
      assert.equal(canEditOrganisation(a), expected);
    });
});
