import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { seedDemo } from './seed.ts';

describe('the demo discussions after seeding', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
    await seedDemo(db.deps);
  });
  after(() => db.close());

  const threads = () =>
    db.deps.db
      .selectFrom('threads')
      .select(['id', 'subject_kind', 'title', 'is_pinned', 'is_demo', 'answer_post_id'])
      .select(['post_count', 'last_post_at'])
      .orderBy('id')
      .execute();

  it('opens threads in the 2013 run, the twinning project and two themes, all marked as demo', async () => {
    const rows = await threads();
    const kinds = rows.map((r) => r.subject_kind);
    assert.equal(kinds.filter((k) => k === 'run').length, 2);
    assert.equal(kinds.filter((k) => k === 'twinning').length, 2);
    assert.equal(kinds.filter((k) => k === 'theme').length, 2);
    assert.ok(rows.every((r) => Number(r.is_demo) === 1 && Number(r.post_count) >= 2));
    const posts = await db.deps.db.selectFrom('posts').select(['is_demo', 'body_html']).execute();
    assert.ok(posts.every((p) => Number(p.is_demo) === 1 && p.body_html.length > 0));
  });

  it('dates the run’s threads in May 2013 and pins its welcome', async () => {
    const run = (await threads()).filter((r) => r.subject_kind === 'run');
    assert.ok(run.every((r) => r.last_post_at.startsWith('2013-05-')));
    assert.ok(run.some((r) => Number(r.is_pinned) === 1 && /Welcome/.test(r.title)));
  });

  it('writes in several languages: French, Arabic and Russian titles, Chinese and Spanish posts', async () => {
    const titles = (await threads()).map((r) => r.title).join(' ');
    assert.match(titles, /enquête/);
    assert.match(titles, /[\u0600-\u06ff]/);
    assert.match(titles, /[\u0400-\u04ff]/);
    const bodies = (await db.deps.db.selectFrom('posts').select('body').execute())
      .map((p) => p.body)
      .join(' ');
    assert.match(bodies, /[\u4e00-\u9fff]/);
    assert.match(bodies, /encuesta/);
  });

  it('accepts the facilitator’s answer to the learner’s question', async () => {
    const question = (await threads()).find((r) => r.answer_post_id !== null)!;
    const answer = await db.deps.db
      .selectFrom('posts')
      .innerJoin('users', 'users.id', 'posts.author_id')
      .select(['posts.thread_id', 'users.email'])
      .where('posts.id', '=', question.answer_post_id!)
      .executeTakeFirstOrThrow();
    assert.equal(answer.thread_id, question.id);
    assert.equal(answer.email, 'facilitator@demo.lphm.example');
  });

  it('records the mention of Płock’s officer and tells her once', async () => {
    const mentions = await db.deps.db
      .selectFrom('post_mentions')
      .innerJoin('users', 'users.id', 'post_mentions.user_id')
      .select(['post_mentions.post_id', 'users.id', 'users.email'])
      .execute();
    assert.deepEqual(
      mentions.map((m) => m.email),
      ['learner.plock@demo.lphm.example'],
    );
    const told = await db.deps.db
      .selectFrom('notifications')
      .select(['kind', 'message', 'link', 'source'])
      .where('user_id', '=', mentions[0]!.id)
      .execute();
    assert.equal(told.length, 1);
    assert.equal(told[0]!.kind, 'mention');
    assert.equal(told[0]!.source, `post:${mentions[0]!.post_id}`);
    assert.match(told[0]!.link, new RegExp(`^/threads/\\d+#post-${mentions[0]!.post_id}$`));
  });

  it('finds the demo threads through the thread search index', async () => {
    const { rows } = await sql<{ n: number }>`select count(*) as n from thread_search`.execute(
      db.deps.db,
    );
    const indexed = rows[0]!;
    assert.equal(Number(indexed.n), (await threads()).length);
  });
});
