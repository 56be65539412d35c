import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { seedDemo } from './seed.ts';

describe('the demo news after seeding', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
    await seedDemo(db.deps);
  });
  after(() => db.close());

  const posts = () =>
    db.deps.db
      .selectFrom('news_posts as p')
      .innerJoin('news_translations as t', 't.post_id', 'p.id')
      .select(['p.id', 'p.status', 'p.published_at', 'p.is_demo', 't.language', 't.title'])
      .select(['t.summary', 't.body'])
      .execute();

  it('reports the opening of the Red Star Line Museum on 28 September 2013, not as demo', async () => {
    const rows = (await posts()).filter((p) => /Red Star Line/.test(p.title));
    assert.deepEqual(rows.map((r) => r.language).sort(), ['en', 'es', 'fr']);
    assert.ok(rows.every((r) => r.published_at?.startsWith('2013-09-28')));
    assert.ok(rows.every((r) => r.status === 'published' && Number(r.is_demo) === 0));
    assert.match(rows.find((r) => r.language === 'en')!.body, /City of Antwerp/);
  });

  it('publishes four more 2013 posts, marked as demo, each in English, French and Spanish', async () => {
    const rows = await posts();
    const ids = [...new Set(rows.map((r) => r.id))];
    assert.equal(ids.length, 5);
    const others = ids.filter((id) => rows.some((r) => r.id === id && Number(r.is_demo) === 1));
    assert.equal(others.length, 4);
    for (const id of others) {
      const own = rows.filter((r) => r.id === id);
      assert.ok(own.every((r) => r.published_at?.startsWith('2013-')));
      for (const lang of ['en', 'fr', 'es']) {
        const t = own.find((r) => r.language === lang);
        assert.ok(t && t.title && t.summary && t.body, `${id} ${lang}`);
      }
    }
  });

  it('adds no post when the seed runs again', async () => {
    const count = (await posts()).length;
    assert.equal(await seedDemo(db.deps), null);
    assert.equal((await posts()).length, count);
  });
});
