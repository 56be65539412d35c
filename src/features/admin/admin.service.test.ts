import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import { bootstrapAdminFromEnv, createAdmin } from './admin.service.ts';

// The first admin: from the command line (createAdmin) or from ADMIN_EMAIL/ADMIN_PASSWORD.

const PASSWORD = 'a long and unusual passphrase 7';

describe('createAdmin and bootstrapAdminFromEnv', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  async function rolesOf(userId: number) {
    const rows = await t.deps.db
      .selectFrom('user_roles')
      .select('role')
      .where('user_id', '=', userId)
      .execute();
    return rows.map((r) => r.role);
  }
  async function auditOf(userId: number) {
    return t.deps.db
      .selectFrom('audit_events')
      .select(['actor_id as actorId', 'action'])
      .where('subject_type', '=', 'user')
      .where('subject_id', '=', userId)
      .orderBy('id')
      .execute();
  }

  it('creates an admin account for a new e-mail, who can then sign in', async () => {
    const result = await createAdmin(t.deps, {
      email: '  New.Admin@Example.org ',
      name: 'New Admin',
      password: PASSWORD,
    });
    assert.equal(result.created, true);
    assert.deepEqual(await rolesOf(result.id), ['admin']);
    assert.deepEqual(await auditOf(result.id), [{ actorId: null, action: 'user.admin_created' }]);
    const client = await signIn(t.app, { email: 'new.admin@example.org', password: PASSWORD });
    assert.equal((await client.get('/admin/users')).statusCode, 200);
  });

  it('gives the admin role to an existing official, once, keeping their password', async () => {
    const official = await createOfficial(t.deps, {
      email: 'existing@example.org',
      roles: ['facilitator'],
    });
    const result = await createAdmin(t.deps, {
      email: 'EXISTING@example.org',
      name: 'ignored',
      password: 'password',
    });
    assert.deepEqual(result, { id: official.id, created: false });
    assert.deepEqual((await rolesOf(official.id)).sort(), ['admin', 'facilitator']);
    await createAdmin(t.deps, { email: 'existing@example.org', name: '', password: '' });
    assert.deepEqual(await auditOf(official.id), [{ actorId: null, action: 'user.role_added' }]);
    await signIn(t.app, official);
  });

  it('rejects a common or short password and creates nothing', async () => {
    for (const [password, messageKey] of [
      ['qwerty123456', 'accounts.errors.passwordCommon'],
      ['short', 'accounts.errors.passwordTooShort'],
    ] as const) {
      await assert.rejects(
        createAdmin(t.deps, { email: 'weak@example.org', name: 'Weak', password }),
        { code: 'VALIDATION', messageKey },
      );
    }
    const row = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'weak@example.org')
      .executeTakeFirst();
    assert.equal(row, undefined);
  });

  it('makes one account when two processes create the same admin at once', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        createAdmin(t.deps, { email: 'race@example.org', name: 'Race', password: PASSWORD }),
      ),
    );
    assert.equal(new Set(results.map((r) => r.id)).size, 1);
    assert.equal(results.filter((r) => r.created).length, 1);
    assert.deepEqual(await rolesOf(results[0]!.id), ['admin']);
  });
});

describe('bootstrapAdminFromEnv', () => {
  it('creates the admin named by ADMIN_EMAIL and ADMIN_PASSWORD, once', async () => {
    const t = await createTestApp({ ADMIN_EMAIL: 'boot@example.org', ADMIN_PASSWORD: PASSWORD });
    try {
      await bootstrapAdminFromEnv(t.deps);
      await bootstrapAdminFromEnv(t.deps);
      const users = await t.deps.db.selectFrom('users').select(['id', 'email']).execute();
      assert.deepEqual(
        users.map((u) => u.email),
        ['boot@example.org'],
      );
      const client = await signIn(t.app, { email: 'boot@example.org', password: PASSWORD });
      assert.equal((await client.get('/admin/users')).statusCode, 200);
    } finally {
      await t.close();
    }
  });

  it('does nothing unless both variables are set', async () => {
    const t = await createTestApp({ ADMIN_EMAIL: 'boot@example.org' });
    try {
      await bootstrapAdminFromEnv(t.deps);
      assert.equal((await t.deps.db.selectFrom('users').select('id').execute()).length, 0);
    } finally {
      await t.close();
    }
  });
});
