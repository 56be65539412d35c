import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../src/features/accounts/actor.ts';
import { createCurriculum2012 } from './factories/curricula.ts';
import { createOfficial } from './factories/officials.ts';
import { createOrganisation } from './factories/organisations.ts';
import { createThemes } from './factories/themes.ts';
import { Client, createTestApp, type TestApp } from './support/app.ts';
import { ACTORS, type ActorKind, type RouteTable, type SetupContext } from './routes/types.ts';

// Every route × every kind of visitor: the status each must get. Fails when a route exists that
// no table in test/routes/ lists, so each new route is thought about once for access.

const tables = await Promise.all(
  readdirSync(join(import.meta.dirname, 'routes'))
    .filter((f) => f !== 'types.ts' && f.endsWith('.ts'))
    .map(async (f) => (await import(`./routes/${f}`)) as RouteTable),
);
const rows = tables.flatMap((table) => table.routes);

describe('route × role table', () => {
  let t: TestApp;
  const clients = new Map<ActorKind, Client>();
  const values: Record<string, string> = {};
  let signIn: (kind: ActorKind) => Promise<Client>;

  before(async () => {
    t = await createTestApp();
    const themes = await createThemes(t.deps);
    await createCurriculum2012(t.deps);
    const org = await createOrganisation(t.deps, {
      name: 'Table Partner',
      kind: 'un_agency',
      isPartner: true,
    });
    const city = await createOrganisation(t.deps, {
      name: 'Table City',
      kind: 'local_authority',
      country: 'BF',
    });
    const subject = await createOfficial(t.deps, {
      name: 'Subject Official',
      organisationId: city.id,
    });
    values[':org'] = org.slug;
    values[':city'] = city.slug;
    values[':user'] = String(subject.id);
    values[':theme'] = Object.keys(themes)[0]!;
    values[':curriculum'] = '2012-2015';
    const roleOf: Record<Exclude<ActorKind, 'anonymous'>, Role[]> = {
      learner: [],
      facilitator: ['facilitator'],
      partner_editor: ['partner_editor'],
      coordinator: ['coordinator'],
      admin: ['admin'],
    };
    const newOfficial = (kind: Exclude<ActorKind, 'anonymous'>) =>
      createOfficial(t.deps, {
        roles: roleOf[kind],
        organisationId: org.id,
        partnerOrganisationId: org.id,
      });
    // The officials the shared clients sign in as, so that tables can seed what they need for them.
    const officials = {} as SetupContext['officials'];
    for (const kind of ACTORS) if (kind !== 'anonymous') officials[kind] = await newOfficial(kind);
    for (const table of tables)
      await table.setup?.({ deps: t.deps, values, organisationId: org.id, officials });
    const first = new Map(Object.entries(officials));
    signIn = async (kind) => {
      const c = new Client(t.app);
      if (kind === 'anonymous') return c;
      const official = first.get(kind) ?? (await newOfficial(kind));
      first.delete(kind);
      const res = await c.submit('/sign-in', '/sign-in', {
        email: official.email,
        password: official.password,
      });
      assert.equal(res.statusCode, 303, `${kind} signs in`);
      return c;
    };
    for (const kind of ACTORS) clients.set(kind, await signIn(kind));
  });
  after(() => t.close());

  it('lists every route of the app', () => {
    const listed = new Set(rows.map((r) => `${r.method} ${r.route}`));
    const missing = t.app.routeList
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !listed.has(r));
    assert.deepEqual(missing, [], 'routes missing from test/routes/*.ts');
    const registered = new Set(t.app.routeList.map((r) => `${r.method} ${r.url}`));
    assert.deepEqual(
      [...listed].filter((r) => !registered.has(r)),
      [],
      'table rows for routes that do not exist',
    );
  });

  for (const row of rows) {
    it(`${row.method} ${row.url}`, async () => {
      const url = row.url.replace(/:[a-z]+/g, (k) => values[k] ?? k);
      for (const kind of ACTORS) {
        const c = row.fresh ? await signIn(kind) : clients.get(kind)!;
        // Visitors find a token on the sign-in form; signed-in officials on every page (sign-out).
        const csrf = () => c.csrfFrom(kind === 'anonymous' ? '/sign-in' : '/');
        const res =
          row.method === 'GET'
            ? await c.get(url)
            : await c.post(url, { _csrf: await csrf(), ...row.form });
        assert.equal(res.statusCode, row.expect[kind], `${row.method} ${url} as ${kind}`);
      }
    });
  }
});
