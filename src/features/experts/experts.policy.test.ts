import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor, Role } from '../accounts/actor.ts';
import { canEditProfile, canReviewExperts, canSeeProfile } from './experts.policy.ts';

// Who sees, edits and reviews expert profiles.

const actor = (id: number, roles: Role[] = []): Actor => ({
  id,
  name: `Official ${id}`,
  email: `o${id}@example.org`,
  preferredLanguage: 'en',
  organisationId: null,
  roles: new Set(roles),
  partnerOrganisationId: null,
});

describe('expert profile policy', () => {
  const owner = actor(1);
  const other = actor(2, ['facilitator']);
  const coordinator = actor(3, ['coordinator']);
  const admin = actor(4, ['admin']);

  it('shows approved profiles to everyone, others to their owner and coordinators only', () => {
    for (const status of ['pending', 'returned']) {
      const p = { userId: owner.id, status };
      assert.equal(canSeeProfile(null, p), false);
      assert.equal(canSeeProfile(other, p), false);
      assert.equal(canSeeProfile(owner, p), true);
      assert.equal(canSeeProfile(coordinator, p), true);
      assert.equal(canSeeProfile(admin, p), true);
    }
    assert.equal(canSeeProfile(null, { userId: owner.id, status: 'approved' }), true);
  });

  it('lets the owner and coordinators edit, and coordinators alone review', () => {
    const p = { userId: owner.id, status: 'approved' };
    assert.deepEqual(
      [null, owner, other, coordinator, admin].map((a) => canEditProfile(a, p)),
      [false, true, false, true, true],
    );
    assert.deepEqual(
      [null, owner, other, coordinator, admin].map((a) => canReviewExperts(a)),
      [false, false, false, true, true],
    );
  });
});
