import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor, Role } from '../accounts/actor.ts';
import {
  canDisable,
  canManageUsers,
  canReadOutbox,
  canRemoveRole,
  type Target,
} from './admin.policy.ts';

function actor(id: number, roles: Role[]): Actor {
  return {
    id,
    name: `Official ${id}`,
    email: `o${id}@example.org`,
    preferredLanguage: 'en',
    organisationId: null,
    roles: new Set(roles),
    partnerOrganisationId: null,
  };
}

function target(id: number, roles: Role[], isDisabled = false): Target {
  return { id, isDisabled, roles: roles.map((role) => ({ role })) };
}

const admin = actor(1, ['admin']);
const others: Array<[string, Actor | null]> = [
  ['anonymous', null],
  ['learner', actor(2, [])],
  ['facilitator', actor(3, ['facilitator'])],
  ['partner editor', actor(4, ['partner_editor'])],
  ['coordinator', actor(5, ['coordinator'])],
];

describe('admin policy', () => {
  it('only admins manage officials and read the outbox', () => {
    assert.equal(canManageUsers(admin), true);
    assert.equal(canReadOutbox(admin), true);
    for (const [name, a] of others) {
      assert.equal(canManageUsers(a), false, name);
      assert.equal(canReadOutbox(a), false, name);
    }
  });

  const removeCases: Array<{
    name: string;
    actor: Actor | null;
    target: Target;
    role: Role;
    admins: number;
    expect: string;
  }> = [
    {
      name: 'coordinator role of a learner',
      actor: admin,
      target: target(9, ['coordinator']),
      role: 'coordinator',
      admins: 1,
      expect: 'allowed',
    },
    {
      name: 'admin role of another admin',
      actor: admin,
      target: target(9, ['admin']),
      role: 'admin',
      admins: 2,
      expect: 'allowed',
    },
    {
      name: 'own admin role',
      actor: admin,
      target: target(1, ['admin']),
      role: 'admin',
      admins: 3,
      expect: 'admin.errors.ownAdminRole',
    },
    {
      name: 'own facilitator role',
      actor: admin,
      target: target(1, ['admin', 'facilitator']),
      role: 'facilitator',
      admins: 1,
      expect: 'allowed',
    },
    {
      name: 'admin role of the last enabled admin',
      actor: admin,
      target: target(9, ['admin']),
      role: 'admin',
      admins: 1,
      expect: 'admin.errors.lastAdmin',
    },
    {
      name: 'admin role of a disabled admin',
      actor: admin,
      target: target(9, ['admin'], true),
      role: 'admin',
      admins: 1,
      expect: 'allowed',
    },
    ...others.map(([name, a]) => ({
      name: `anything, as ${name}`,
      actor: a,
      target: target(9, ['facilitator']),
      role: 'facilitator' as Role,
      admins: 2,
      expect: 'errors.forbidden',
    })),
  ];
  for (const c of removeCases) {
    it(`remove role: ${c.name} → ${c.expect}`, () => {
      const d = canRemoveRole(c.actor, c.target, c.role, c.admins);
      assert.equal(d.allowed ? 'allowed' : d.messageKey, c.expect);
      if (!d.allowed)
        assert.equal(d.code, c.expect === 'errors.forbidden' ? 'FORBIDDEN' : 'CONFLICT');
    });
  }

  const disableCases: Array<{
    name: string;
    actor: Actor | null;
    target: Target;
    admins: number;
    expect: string;
  }> = [
    { name: 'a learner', actor: admin, target: target(9, []), admins: 1, expect: 'allowed' },
    {
      name: 'another admin',
      actor: admin,
      target: target(9, ['admin']),
      admins: 2,
      expect: 'allowed',
    },
    {
      name: 'oneself',
      actor: admin,
      target: target(1, ['admin']),
      admins: 2,
      expect: 'admin.errors.disableSelf',
    },
    {
      name: 'the last enabled admin',
      actor: admin,
      target: target(9, ['admin']),
      admins: 1,
      expect: 'admin.errors.lastAdmin',
    },
    ...others.map(([name, a]) => ({
      name: `a learner, as ${name}`,
      actor: a,
      target: target(9, []),
      admins: 2,
      expect: 'errors.forbidden',
    })),
  ];
  for (const c of disableCases) {
    it(`disable: ${c.name} → ${c.expect}`, () => {
      const d = canDisable(c.actor, c.target, c.admins);
      assert.equal(d.allowed ? 'allowed' : d.messageKey, c.expect);
    });
  }
});
