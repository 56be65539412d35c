import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';

// Disabling an account ends its sessions at once and keeps it out; enabling lets it back in.

describe('admin: disabling and enabling accounts', () => {
  let t: TestApp;
  let admin: Client;
  let adminId: number;
  before(async () => {
    t = await createTestApp();
    const signedIn = await signInNew(t.app, t.deps, { name: 'Ada Admin', roles: ['admin'] });
    admin = signedIn.client;
    adminId = signedIn.official.id;
  });
  after(() => t.close());

  async function actions(userId: number): Promise<string[]> {
    const rows = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_type', '=', 'user')
      .where('subject_id', '=', userId)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.action);
  }

  it('ends every session of the official at once, and keeps them out until enabled', async () => {
    const victim = await createOfficial(t.deps, { name: 'Vic Victim', roles: ['coordinator'] });
    const laptop = await signIn(t.app, victim);
    const phone = await signIn(t.app, victim);
    assert.match((await laptop.get('/')).body, /Vic Victim/);
    const page = `/admin/users/${victim.id}`;
    assert.match(
      (await admin.get(page)).body,
      /<dt>Signed-in sessions<\/dt>\s*<dd dir="auto">2<\/dd>/,
    );

    const res = await admin.submit(page, `${page}/disable`, {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${page}?done=disabled`);

    for (const client of [laptop, phone]) {
      const home = await client.get('/');
      assert.doesNotMatch(home.body, /Vic Victim/);
      assert.match(home.body, /href="\/sign-in\?next=/);
      assert.equal(client.cookies.has('lphm_session'), false);
    }
    const revoked = await t.deps.db
      .selectFrom('sessions')
      .select('revoked_at')
      .where('user_id', '=', victim.id)
      .execute();
    assert.equal(revoked.length, 2);
    assert.ok(revoked.every((s) => s.revoked_at !== null));

    const shown = await admin.get(`${page}?done=disabled`);
    assert.match(shown.body, /The account was disabled and all its sessions were ended\./);
    assert.match(shown.body, /<dt>Signed-in sessions<\/dt>\s*<dd dir="auto">0<\/dd>/);
    assert.match(shown.body, /Enable the account/);
    await assert.rejects(signIn(t.app, victim));

    const enabled = await admin.submit(page, `${page}/enable`, {});
    assert.equal(enabled.headers.location, `${page}?done=enabled`);
    assert.equal((await laptop.get('/account')).statusCode, 303, 'old sessions stay ended');
    await signIn(t.app, victim);
    assert.deepEqual(await actions(victim.id), ['user.disabled', 'user.enabled']);
  });

  it('changes nothing when the account already is in the requested state', async () => {
    const official = await createOfficial(t.deps);
    const page = `/admin/users/${official.id}`;
    assert.equal(
      (await admin.submit(page, `${page}/enable`, {})).headers.location,
      `${page}?done=unchanged`,
    );
    await admin.submit(page, `${page}/disable`, {});
    assert.equal(
      (await admin.submit(page, `${page}/disable`, {})).headers.location,
      `${page}?done=unchanged`,
    );
    assert.deepEqual(await actions(official.id), ['user.disabled']);
  });

  it('does not let an admin disable themselves', async () => {
    const page = `/admin/users/${adminId}`;
    const res = await admin.submit(page, `${page}/disable`, {});
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /You cannot disable your own account/);
    assert.equal((await admin.get('/admin/users')).statusCode, 200, 'still signed in');
  });

  it('answers 404 for officials who do not exist', async () => {
    for (const url of ['/admin/users/999999/disable', '/admin/users/x/enable'])
      assert.equal((await admin.submit('/admin/users', url, {})).statusCode, 404, url);
  });

  it('refuses a disable without its CSRF token', async () => {
    const official = await createOfficial(t.deps);
    const res = await admin.post(`/admin/users/${official.id}/disable`, {});
    assert.equal(res.statusCode, 403);
    assert.deepEqual(await actions(official.id), []);
  });

  it('two admins disabling each other at once leave one of them enabled', async () => {
    const other = await signInNew(t.app, t.deps, { name: 'Bea Admin', roles: ['admin'] });
    const [csrfA, csrfB] = [
      await admin.csrfFrom('/admin/users'),
      await other.client.csrfFrom('/admin/users'),
    ];
    const results = await Promise.all([
      admin.post(`/admin/users/${other.official.id}/disable`, { _csrf: csrfA }),
      other.client.post(`/admin/users/${adminId}/disable`, { _csrf: csrfB }),
    ]);
    const statuses = results.map((r) => r.statusCode).sort();
    assert.equal(statuses[0], 303, `statuses ${statuses}`);
    assert.ok([401, 403, 409].includes(statuses[1]!), `statuses ${statuses}`);
    const enabledAdmins = await t.deps.db
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .select('u.id')
      .where('r.role', '=', 'admin')
      .where('u.is_disabled', '=', 0)
      .execute();
    assert.equal(enabledAdmins.length, 1);
  });
});
