import { sql } from 'kysely';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../app.ts';
import { bumpCacheVersion, localWriteCount } from '../db/cache-versions.queries.ts';
import { PageCache } from './page-cache.ts';
import { createOrganisation } from '../../test/factories/organisations.ts';
import { createThemes } from '../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../test/support/app.ts';
import { signIn } from '../../test/support/sign-in.ts';
import { createOfficial } from '../../test/factories/officials.ts';

describe('page cache for anonymous visitors', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await createThemes(t.deps);
  });
  after(() => t.close());

  it('serves the directory again until an organisation is added, then shows it', async () => {
    const visitor = new Client(t.app);
    await createOrganisation(t.deps, { name: 'Cached Alpha' });
    assert.match((await visitor.get('/organisations')).body, /Cached Alpha/);
    await createOrganisation(t.deps, { name: 'Cached Beta' });
    assert.match((await visitor.get('/organisations')).body, /Cached Beta/);
  });

  it('sees a change made through another app process on the same database', async () => {
    const other = await buildApp(t.deps);
    try {
      const visitor = new Client(other);
      assert.doesNotMatch((await visitor.get('/organisations')).body, /Cached Gamma/);
      await createOrganisation(t.deps, { name: 'Cached Gamma' });
      assert.match((await visitor.get('/organisations')).body, /Cached Gamma/);
    } finally {
      await other.close();
    }
  });

  it('keeps one cached page per language', async () => {
    const fr = new Client(t.app);
    fr.lang = 'fr';
    assert.match((await fr.get('/')).body, /lang="fr"/);
    assert.match((await new Client(t.app).get('/')).body, /lang="en"/);
  });

  it('never serves a cached page to a signed-in official', async () => {
    const official = await createOfficial(t.deps, { name: 'Nadia Haddad' });
    await new Client(t.app).get('/');
    const c = await signIn(t.app, official);
    assert.match((await c.get('/')).body, /Nadia Haddad/);
  });

  it('reads a version changed by another process within a second, and at once after its own writes', async () => {
    const cache = new PageCache();
    await bumpCacheVersion(t.deps.db, 'themes');
    const start = Date.now();
    const before = await cache.version(t.deps.db, 'themes', start);
    // Another process bumps the version: this process's counter of its own writes does not move
    // (raw SQL, which the write counter does not inspect, stands for the other process).
    await sql`update cache_versions set version = ${before + 1} where scope = 'themes'`.execute(
      t.deps.db,
    );
    assert.equal(await cache.version(t.deps.db, 'themes', start + 500), before);
    assert.equal(await cache.version(t.deps.db, 'themes', start + 1000), before + 1);
    await bumpCacheVersion(t.deps.db, 'themes');
    assert.equal(await cache.version(t.deps.db, 'themes', start + 1001), before + 2);
  });

  it('sees a version bumped by a trigger at once after any write of this process', async () => {
    const cache = new PageCache();
    const start = Date.now();
    const before = await cache.version(t.deps.db, 'events', start);
    // A trigger bumps 'events' when an event is written; no query of this process names the
    // version, but the write itself moves the process's count.
    await sql`update cache_versions set version = ${before + 5} where scope = 'events'`.execute(
      t.deps.db,
    );
    assert.equal(await cache.version(t.deps.db, 'events', start + 1), before, 'trusted');
    await t.deps.db
      .updateTable('themes')
      .set({ slug: sql`slug` })
      .execute();
    assert.equal(await cache.version(t.deps.db, 'events', start + 2), before + 5);
  });

  it('counts a changing request once more as it answers, after its transaction', async () => {
    const before = localWriteCount();
    await new Client(t.app).post('/time-zone', { time_zone: 'Asia/Tokyo' });
    assert.ok(localWriteCount() > before);
  });
});
