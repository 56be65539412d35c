import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor, Role } from '../accounts/actor.ts';
import {
  mayOpenModeration,
  mayReport,
  maySuspend,
  maySuspendEverywhere,
  TRANSITIONS,
} from './moderation.policy.ts';

const actor = (id: number, roles: Role[] = []): Actor => ({
  id,
  name: `Official ${id}`,
  email: `o${id}@example.org`,
  preferredLanguage: 'en',
  organisationId: null,
  roles: new Set(roles),
  partnerOrganisationId: null,
});

describe('moderation policy', () => {
  it('gives a queue to facilitators, coordinators and admins only', () => {
    const table: Array<[Role[], boolean]> = [
      [[], false],
      [['partner_editor'], false],
      [['facilitator'], true],
      [['coordinator'], true],
      [['admin'], true],
    ];
    for (const [roles, expected] of table)
      assert.equal(mayOpenModeration(actor(1, roles)), expected, roles.join());
  });

  it('lets readers report shown posts of others only', () => {
    const table: Array<[number | null, string, boolean]> = [
      [2, 'visible', true],
      [null, 'visible', true],
      [1, 'visible', false],
      [2, 'held', false],
      [2, 'hidden', false],
      [2, 'deleted', false],
    ];
    for (const [authorId, status, expected] of table)
      assert.equal(mayReport(actor(1), { authorId, status }), expected, `${authorId} ${status}`);
  });

  it('never suspends oneself or a coordinator; everywhere only by coordinators', () => {
    const facilitator = actor(1, ['facilitator']);
    assert.equal(maySuspend(facilitator, { id: 2, isCoordinator: false }), true);
    assert.equal(maySuspend(facilitator, { id: 1, isCoordinator: false }), false);
    assert.equal(maySuspend(facilitator, { id: 2, isCoordinator: true }), false);
    assert.equal(maySuspendEverywhere(facilitator), false);
    assert.equal(maySuspendEverywhere(actor(3, ['coordinator'])), true);
  });

  it('moves posts only from the states each action expects', () => {
    assert.deepEqual(TRANSITIONS.hide, { from: ['visible'], to: 'hidden' });
    assert.deepEqual(TRANSITIONS.restore, { from: ['hidden'], to: 'visible' });
    assert.deepEqual(TRANSITIONS.approve, { from: ['held'], to: 'visible' });
    assert.deepEqual(TRANSITIONS.reject, { from: ['held'], to: 'hidden' });
  });
});
