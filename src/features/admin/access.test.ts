import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { routes } from '../../../test/routes/admin.ts';
import { ACTORS, type ActorKind } from '../../../test/routes/types.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import type { Role } from '../accounts/actor.ts';

// Every admin route for every kind of visitor, from the table in test/routes/admin.ts.

describe('admin: access by role', () => {
  let t: TestApp;
  let subjectId: number;
  const clients = new Map<ActorKind, Client>();
  before(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.deps, { name: 'Access Partner' });
    subjectId = (await createOfficial(t.deps, { name: 'Subject' })).id;
    const roleOf: Record<Exclude<ActorKind, 'anonymous'>, Role[]> = {
      learner: [],
      facilitator: ['facilitator'],
      partner_editor: ['partner_editor'],
      coordinator: ['coordinator'],
      admin: ['admin'],
    };
    clients.set('anonymous', new Client(t.app));
    for (const [kind, roles] of Object.entries(roleOf)) {
      const { client } = await signInNew(t.app, t.deps, { roles, partnerOrganisationId: org.id });
      clients.set(kind as ActorKind, client);
    }
  });
  after(() => t.close());

  for (const row of routes) {
    it(`${row.method} ${row.url}`, async () => {
      const url = row.url.replace(':user', String(subjectId));
      for (const kind of ACTORS) {
        const c = clients.get(kind)!;
        const res =
          row.method === 'GET'
            ? await c.get(url)
            : await c.post(url, { _csrf: await c.csrfFrom('/sign-in'), ...row.form });
        assert.equal(res.statusCode, row.expect[kind], `${row.method} ${url} as ${kind}`);
      }
    });
  }

  it('sends visitors to sign in and back to the admin page', async () => {
    const res = await new Client(t.app).get('/admin/users?q=ana');
    assert.equal(res.headers.location, '/sign-in?next=%2Fadmin%2Fusers%3Fq%3Dana');
  });

  it('refuses every form post without a CSRF token, signed in or not', async () => {
    for (const kind of ['anonymous', 'admin'] as const)
      for (const action of ['roles', 'roles/remove', 'disable', 'enable']) {
        const res = await clients.get(kind)!.post(`/admin/users/${subjectId}/${action}`, {
          role: 'facilitator',
        });
        assert.equal(res.statusCode, 403, `${kind} ${action}`);
      }
  });

  it('shows the administration link only to admins', async () => {
    assert.match((await clients.get('admin')!.get('/')).body, /href="\/admin\/users"/);
    assert.doesNotMatch((await clients.get('coordinator')!.get('/')).body, /href="\/admin\/users"/);
  });
});
