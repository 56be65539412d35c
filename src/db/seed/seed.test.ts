import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import type { Deps } from '../../deps.ts';
import { passwordProblem } from '../../features/accounts/passwords.ts';
import { DEMO_EXPERTS } from './demo-experts.ts';
import { DEMO_OFFICIALS, DEMO_PASSWORD } from './demo-officials.ts';
import { PRODUCTION_REFUSAL, seedDemo, seedDemoIfEmpty } from './seed.ts';

// The demo officials, and the officials made for demo experts (demo-experts.test.ts checks those).
const EXPERT_OFFICIALS = DEMO_EXPERTS.filter((x) => x.name !== undefined).map((x) => x.email);
const DEMO_USERS = DEMO_OFFICIALS.length + EXPERT_OFFICIALS.length;

async function count(deps: Deps, table: 'themes' | 'curricula' | 'curriculum_themes' | 'users') {
  const row = await deps.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('seedDemo on an empty database', () => {
  let t: TestApp;
  let seeded: Awaited<ReturnType<typeof seedDemo>>;

  before(async () => {
    t = await createTestApp();
    seeded = await seedDemo(t.deps);
  });
  after(() => t.close());

  // No timing here: shared machines are noisy (DEVELOPERS.md). Seeding takes ~0.3 s alone.
  it('loads the six themes and the 2012–2015 curriculum covering all of them', async () => {
    assert.equal(await count(t.deps, 'themes'), 6);
    assert.equal(await count(t.deps, 'curricula'), 1);
    assert.equal(await count(t.deps, 'curriculum_themes'), 6);
  });

  it('loads 18 partner organisations and 11 cities, 8 of them partners', async () => {
    const orgs = await t.deps.db
      .selectFrom('organisations')
      .select(['slug', 'kind', 'is_partner', 'is_demo', 'languages', 'population', 'latitude'])
      .execute();
    const cities = orgs.filter((o) => o.kind === 'local_authority');
    const partners = orgs.filter((o) => o.kind !== 'local_authority');
    assert.equal(partners.length, 18);
    assert.ok(partners.every((o) => Number(o.is_partner) === 1));
    assert.equal(cities.length, 11);
    assert.equal(cities.filter((o) => Number(o.is_partner) === 1).length, 8);
    assert.ok(cities.every((o) => JSON.parse(o.languages).length > 0 && o.population !== null));
    assert.ok(cities.every((o) => o.latitude !== null));
    assert.equal(partners.find((o) => o.slug === 'iom')?.kind, 'un_agency');
  });

  it('creates one demo official for each role and five learners, all marked as demo data', async () => {
    assert.equal(await count(t.deps, 'users'), DEMO_USERS);
    const users = await t.deps.db
      .selectFrom('users as u')
      .leftJoin('user_roles as r', 'r.user_id', 'u.id')
      .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
      .select(['u.email', 'u.name', 'u.is_demo', 'r.role', 'o.slug as scope'])
      .execute();
    assert.ok(
      users.every((u) => Number(u.is_demo) === 1 && u.email.endsWith('@demo.lphm.example')),
    );
    const roles = users
      .filter((u) => !EXPERT_OFFICIALS.includes(u.email))
      .map((u) => u.role ?? 'learner')
      .sort();
    assert.deepEqual(roles, [
      'admin',
      'coordinator',
      'facilitator',
      'learner',
      'learner',
      'learner',
      'learner',
      'learner',
      'partner_editor',
    ]);
    assert.equal(users.find((u) => u.role === 'partner_editor')?.scope, 'iom');
    assert.ok(users.some((u) => /\p{Script=Arabic}/u.test(u.name)));
    assert.ok(users.some((u) => /\p{Script=Han}/u.test(u.name)));
  });

  it('reports the demo accounts with one acceptable password, with which they sign in', async () => {
    assert.equal(seeded?.password, DEMO_PASSWORD);
    assert.equal(passwordProblem(DEMO_PASSWORD), undefined);
    assert.deepEqual(
      seeded?.accounts.map((a) => a.role),
      DEMO_OFFICIALS.map((o) => o.role),
    );
    const client = new Client(t.app);
    const res = await client.submit('/sign-in', '/sign-in', {
      email: 'admin@demo.lphm.example',
      password: DEMO_PASSWORD,
    });
    assert.equal(res.statusCode, 303);
  });

  it('does nothing when run a second time', async () => {
    assert.equal(await seedDemo(t.deps), null);
    assert.equal(await seedDemoIfEmpty(t.deps), null);
    assert.equal(await count(t.deps, 'themes'), 6);
    assert.equal(await count(t.deps, 'users'), DEMO_USERS);
  });
});

describe('seedDemo called concurrently, as by processes starting together', () => {
  let db: TestDatabase;
  before(async () => (db = await createTestDatabase()));
  after(() => db.close());

  it('seeds exactly once', async () => {
    const results = await Promise.all([seedDemo(db.deps), seedDemo(db.deps), seedDemo(db.deps)]);
    assert.equal(results.filter((r) => r !== null).length, 1);
    assert.equal(await count(db.deps, 'themes'), 6);
    assert.equal(await count(db.deps, 'users'), DEMO_USERS);
  });
});

describe('seedDemoIfEmpty at start', () => {
  const settings: Array<Record<string, string>> = [
    { NODE_ENV: 'production' },
    { SEED_DEMO: 'never' },
  ];
  for (const env of settings) {
    it(`leaves the database empty with ${JSON.stringify(env)}`, async () => {
      const db = await createTestDatabase(env);
      try {
        assert.equal(await seedDemoIfEmpty(db.deps), null);
        assert.equal(await count(db.deps, 'themes'), 0);
      } finally {
        await db.close();
      }
    });
  }

  it('seedDemo refuses outright in production', async () => {
    const db = await createTestDatabase({ NODE_ENV: 'production' });
    try {
      await assert.rejects(seedDemo(db.deps), { message: PRODUCTION_REFUSAL });
      assert.equal(await count(db.deps, 'users'), 0);
    } finally {
      await db.close();
    }
  });
});
