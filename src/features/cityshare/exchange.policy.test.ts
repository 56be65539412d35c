import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor, Role } from '../accounts/actor.ts';
import {
  canChangeExchange,
  canCreateExchange,
  canViewExchange,
  nextStatuses,
  type ExchangeParties,
} from './exchange.policy.ts';

// Who opens, sees and changes an exchange, as a table; and the status moves.

const actor = (id: number, roles: Role[] = [], organisationId: number | null = null): Actor => ({
  id,
  name: `Official ${id}`,
  email: `o${id}@example.org`,
  preferredLanguage: 'en',
  organisationId,
  roles: new Set(roles),
  partnerOrganisationId: null,
});

const parties: ExchangeParties = {
  id: 1,
  slug: 'x',
  status: 'active',
  facilitatorId: 10,
  cityIds: [100, 200],
  participantIds: [20],
};

describe('exchange policy', () => {
  const table: Array<[string, Actor | null, { create: boolean; view: boolean; change: boolean }]> =
    [
      ['a visitor', null, { create: false, view: false, change: false }],
      ['its facilitator', actor(10, ['facilitator']), { create: true, view: true, change: true }],
      [
        'another facilitator',
        actor(11, ['facilitator']),
        { create: true, view: false, change: false },
      ],
      [
        'a programme coordinator',
        actor(12, ['coordinator']),
        { create: true, view: true, change: true },
      ],
      ['an admin', actor(13, ['admin']), { create: true, view: true, change: true }],
      [
        'a participant from elsewhere',
        actor(20, [], 300),
        { create: false, view: true, change: false },
      ],
      [
        'a member of one of its cities',
        actor(21, [], 200),
        { create: false, view: true, change: false },
      ],
      [
        'a member of another city',
        actor(22, [], 300),
        { create: false, view: false, change: false },
      ],
      [
        'a partner editor',
        actor(23, ['partner_editor']),
        { create: false, view: false, change: false },
      ],
    ];
  for (const [who, a, expected] of table)
    it(`${who}: open ${expected.create}, see ${expected.view}, change ${expected.change}`, () => {
      assert.equal(canCreateExchange(a), expected.create);
      assert.equal(canViewExchange(a, parties), expected.view);
      assert.equal(canChangeExchange(a, parties), expected.change);
    });

  it('moves proposed → active → closed, or to cancelled; closed and cancelled are final', () => {
    assert.deepEqual(nextStatuses('proposed'), ['active', 'cancelled']);
    assert.deepEqual(nextStatuses('active'), ['closed', 'cancelled']);
    assert.deepEqual(nextStatuses('closed'), []);
    assert.deepEqual(nextStatuses('cancelled'), []);
  });
});
