import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import type { Actor } from '../accounts/actor.ts';
import { removeRole } from './roles.service.ts';

// Adding and removing roles: partner-editor scope, no duplicates, self- and last-admin protection,
// the audit trail, and bad input.

describe('admin: roles', () => {
  let t: TestApp;
  let admin: Client;
  let adminId: number;
  let subject: number;
  let orgA: { id: number; name: string };
  let orgB: { id: number; name: string };

  async function rolesOf(userId: number) {
    return t.deps.db
      .selectFrom('user_roles')
      .select(['role', 'organisation_id as organisationId', 'granted_by as grantedBy'])
      .where('user_id', '=', userId)
      .orderBy('role')
      .execute();
  }

  async function auditOf(userId: number) {
    const rows = await t.deps.db
      .selectFrom('audit_events')
      .select(['actor_id as actorId', 'action', 'details'])
      .where('subject_type', '=', 'user')
      .where('subject_id', '=', userId)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as Record<string, unknown> }));
  }

  const page = () => `/admin/users/${subject}`;
  const add = (fields: Record<string, string>) => admin.submit(page(), `${page()}/roles`, fields);
  const remove = (role: string) => admin.submit(page(), `${page()}/roles/remove`, { role });

  before(async () => {
    t = await createTestApp();
    orgA = await createOrganisation(t.deps, { name: 'Partner A' });
    orgB = await createOrganisation(t.deps, { name: 'Partner B' });
    const signedIn = await signInNew(t.app, t.deps, { name: 'Ada Admin', roles: ['admin'] });
    admin = signedIn.client;
    adminId = signedIn.official.id;
  });
  beforeEach(async () => {
    subject = (await createOfficial(t.deps, { name: 'Sam Subject' })).id;
  });
  after(() => t.close());

  it('adds a role, says so, and records who did it', async () => {
    const res = await add({ role: 'facilitator' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${page()}?done=roleAdded`);
    assert.deepEqual(await rolesOf(subject), [
      { role: 'facilitator', organisationId: null, grantedBy: adminId },
    ]);
    assert.deepEqual(await auditOf(subject), [
      {
        actorId: adminId,
        action: 'user.role_added',
        details: { role: 'facilitator', organisationId: null, organisationName: null },
      },
    ]);
    const shown = await admin.get(res.headers.location as string);
    assert.match(shown.body, /class="notice" role="status">The role was added\./);
    assert.match(shown.body, /Role added: Facilitator<\/td>\s*<td dir="auto">Ada Admin/);
  });

  it('scopes a partner editor to an organisation and changes the scope without a second row', async () => {
    const first = await add({ role: 'partner_editor', organisationId: String(orgA.id) });
    assert.equal(first.headers.location, `${page()}?done=roleAdded`);
    const second = await add({ role: 'partner_editor', organisationId: String(orgB.id) });
    assert.equal(second.headers.location, `${page()}?done=roleChanged`);
    const again = await add({ role: 'partner_editor', organisationId: String(orgB.id) });
    assert.equal(again.headers.location, `${page()}?done=unchanged`);
    assert.deepEqual(await rolesOf(subject), [
      { role: 'partner_editor', organisationId: orgB.id, grantedBy: adminId },
    ]);
    assert.deepEqual(
      (await auditOf(subject)).map((e) => [e.action, e.details.organisationName]),
      [
        ['user.role_added', 'Partner A'],
        ['user.role_changed', 'Partner B'],
      ],
    );
    assert.match((await admin.get(page())).body, /Partner editor \(Partner B\)/);
  });

  it('ignores an organisation for roles that have no scope', async () => {
    await add({ role: 'coordinator', organisationId: String(orgA.id) });
    assert.deepEqual(await rolesOf(subject), [
      { role: 'coordinator', organisationId: null, grantedBy: adminId },
    ]);
  });

  it('refuses a partner editor without an organisation, or with an unknown one, keeping the input', async () => {
    const none = await add({ role: 'partner_editor', organisationId: '' });
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /class="error-summary"/);
    assert.match(none.body, /Choose the organisation this partner editor works for\./);
    assert.match(none.body, /<option value="partner_editor" selected>/);
    for (const organisationId of ['999999', 'abc', '99999999999']) {
      const unknown = await add({ role: 'partner_editor', organisationId });
      assert.equal(unknown.statusCode, 400, organisationId);
      assert.match(unknown.body, /This organisation does not exist/);
    }
    assert.deepEqual(await rolesOf(subject), []);
    assert.deepEqual(await auditOf(subject), []);
  });

  it('refuses unknown role names with 400', async () => {
    const res = await add({ role: 'superuser' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Choose a role from the list\./);
    assert.equal((await add({})).statusCode, 400);
    assert.equal((await remove('superuser')).statusCode, 400);
    assert.deepEqual(await rolesOf(subject), []);
  });

  it('answers 404 for an official who does not exist', async () => {
    const res = await admin.submit(page(), '/admin/users/999999/roles', { role: 'facilitator' });
    assert.equal(res.statusCode, 404);
    assert.equal(
      (await admin.submit(page(), '/admin/users/abc/roles/remove', { role: 'facilitator' }))
        .statusCode,
      404,
    );
  });

  it('creates one role when the same form is submitted twice at once', async () => {
    const csrf = await admin.csrfFrom(page());
    const results = await Promise.all(
      [1, 2, 3].map(() => admin.post(`${page()}/roles`, { _csrf: csrf, role: 'facilitator' })),
    );
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303, 303],
    );
    assert.equal((await rolesOf(subject)).length, 1);
  });

  it('removes a role and records it; removing one not held changes nothing', async () => {
    await add({ role: 'partner_editor', organisationId: String(orgA.id) });
    const res = await remove('partner_editor');
    assert.equal(res.headers.location, `${page()}?done=roleRemoved`);
    assert.deepEqual(await rolesOf(subject), []);
    const removed = (await auditOf(subject)).at(-1);
    assert.deepEqual(removed, {
      actorId: adminId,
      action: 'user.role_removed',
      details: { role: 'partner_editor', organisationId: orgA.id, organisationName: 'Partner A' },
    });
    const again = await remove('partner_editor');
    assert.equal(again.headers.location, `${page()}?done=unchanged`);
    assert.equal((await auditOf(subject)).length, 2);
  });

  it('lets an admin remove another admin, but never their own admin role', async () => {
    await add({ role: 'admin' });
    assert.equal((await remove('admin')).headers.location, `${page()}?done=roleRemoved`);
    const own = await admin.submit(
      `/admin/users/${adminId}`,
      `/admin/users/${adminId}/roles/remove`,
      {
        role: 'admin',
      },
    );
    assert.equal(own.statusCode, 409);
    assert.match(own.body, /You cannot remove your own administrator role/);
    assert.deepEqual(
      (await rolesOf(adminId)).map((r) => r.role),
      ['admin'],
    );
  });

  it('keeps the last enabled admin even for an admin whose role went away mid-request', async () => {
    // An admin whose role was removed after their request had loaded their session.
    const former = await createOfficial(t.deps, { name: 'Former Admin' });
    const stale: Actor = {
      id: former.id,
      name: former.name,
      email: former.email,
      preferredLanguage: 'en',
      organisationId: null,
      roles: new Set(['admin']),
      partnerOrganisationId: null,
    };
    await assert.rejects(removeRole(t.deps, stale, adminId, 'admin'), {
      code: 'CONFLICT',
      messageKey: 'admin.errors.lastAdmin',
    });
    await assert.rejects(removeRole(t.deps, stale, subject, 'facilitator'), { code: 'FORBIDDEN' });
    assert.deepEqual(
      (await rolesOf(adminId)).map((r) => r.role),
      ['admin'],
    );
  });

  it('two admins removing each other at once leave one admin', async () => {
    const other = await signInNew(t.app, t.deps, { name: 'Bea Admin', roles: ['admin'] });
    const [csrfA, csrfB] = [await admin.csrfFrom(page()), await other.client.csrfFrom(page())];
    const results = await Promise.all([
      admin.post(`/admin/users/${other.official.id}/roles/remove`, { _csrf: csrfA, role: 'admin' }),
      other.client.post(`/admin/users/${adminId}/roles/remove`, { _csrf: csrfB, role: 'admin' }),
    ]);
    const statuses = results.map((r) => r.statusCode).sort();
    assert.equal(statuses[0], 303, `statuses ${statuses}`);
    assert.ok([403, 409].includes(statuses[1]!), `statuses ${statuses}`);
    const admins = await t.deps.db
      .selectFrom('user_roles')
      .select('user_id')
      .where('role', '=', 'admin')
      .execute();
    assert.equal(admins.length, 1);
    // Give the admin role back to whoever lost it, for the tests that follow.
    if (admins[0]!.user_id !== adminId)
      await t.deps.db
        .insertInto('user_roles')
        .values({
          user_id: adminId,
          role: 'admin',
          organisation_id: null,
          granted_by: null,
          created_at: new Date().toISOString(),
        })
        .execute();
  });

  it('refuses a form without its CSRF token and changes nothing', async () => {
    const res = await admin.post(`${page()}/roles`, { role: 'facilitator' });
    assert.equal(res.statusCode, 403);
    assert.deepEqual(await rolesOf(subject), []);
  });

  it('refuses officials who are not admins, whatever they send', async () => {
    for (const roles of [[], ['facilitator'], ['partner_editor'], ['coordinator']] as const) {
      const { client } = await signInNew(t.app, t.deps, {
        roles: [...roles],
        partnerOrganisationId: orgA.id,
      });
      const csrf = await client.csrfFrom('/');
      for (const [url, fields] of [
        [`${page()}/roles`, { role: 'admin' }],
        [`${page()}/roles`, { role: 'nonsense' }],
        [`${page()}/roles/remove`, { role: 'facilitator' }],
        ['/admin/users/abc/roles', { role: 'admin' }],
      ] as const) {
        const res = await client.post(url, { _csrf: csrf, ...fields });
        assert.equal(res.statusCode, 403, `${roles.join()} ${url}`);
      }
    }
    assert.deepEqual(await rolesOf(subject), []);
  });
});
