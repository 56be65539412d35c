import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import { createCourse } from '../../../test/factories/courses.ts';
import { createThread } from '../../../test/factories/discussions.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import type { Deps } from '../../deps.ts';
import { actorOf } from '../accounts/actor-of.ts';
import { getThreadPage } from './thread-page.service.ts';

/** Deps whose database counts every statement it runs. */
function counting(deps: Deps): { deps: Deps; count: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      n++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { deps: { ...deps, db: deps.db.withPlugin(plugin) }, count: () => n };
}

describe('thread page', () => {
  let t: TestApp;
  let learner: Client;
  let learnerId: number;
  let facilitator: Client;
  let facilitatorId: number;
  let outsider: Client;
  let runId: number;
  let threadId: number;
  let postIds: number[];
  let longThreadId: number;
  let shortThreadId: number;

  before(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.deps, { name: 'Thread City', isPartner: true });
    const f = await signInNew(t.app, t.deps, {
      name: 'Fatima Facilitator',
      roles: ['facilitator'],
    });
    facilitator = f.client;
    facilitatorId = f.official.id;
    const l = await signInNew(t.app, t.deps, { name: 'Lena Learner' });
    learner = l.client;
    learnerId = l.official.id;
    const o = await signInNew(t.app, t.deps, { name: 'Otto Outsider' });
    outsider = o.client;
    const course = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: f.official.id,
      status: 'published',
      modules: [1],
    });
    runId = (await createRun(t.deps, course.id, { facilitatorIds: [facilitatorId] })).id;
    await enrol(t.deps, runId, learnerId);
    // The outsider learns in another run of the same course.
    const otherRun = await createRun(t.deps, course.id, { facilitatorIds: [facilitatorId] });
    await enrol(t.deps, otherRun.id, o.official.id);
    const subject = { kind: 'run' as const, id: runId };
    const thread = await createThread(t.deps, {
      subject,
      authorId: learnerId,
      title: 'Parking policy questions',
      body: 'How do you **price** parking? <script>alert(1)</script>',
      replies: [
        { authorId: facilitatorId, body: 'We use zones. https://example.org/' + 'x'.repeat(200) },
        { authorId: learnerId, body: 'Deleted later' },
        { authorId: facilitatorId, body: 'Rude words hidden later' },
        { authorId: facilitatorId, body: 'Held link from a moderator draft' },
        { authorId: learnerId, body: 'My own held post' },
      ],
    });
    threadId = thread.id;
    postIds = thread.postIds;
    const set = (id: number, status: string) =>
      t.deps.db.updateTable('posts').set({ status }).where('id', '=', id).execute();
    await set(postIds[2]!, 'deleted');
    await set(postIds[3]!, 'hidden');
    await set(postIds[4]!, 'held');
    await set(postIds[5]!, 'held');
    await t.deps.db
      .updateTable('posts')
      .set({ edited_at: new Date().toISOString() })
      .where('id', '=', postIds[1]!)
      .execute();
    const replies = Array.from({ length: 119 }, (_, i) => ({
      authorId: i % 2 ? learnerId : facilitatorId,
      body: `Reply number ${i + 2}`,
    }));
    longThreadId = (await createThread(t.deps, { subject, authorId: learnerId, replies })).id;
    shortThreadId = (
      await createThread(t.deps, { subject, authorId: learnerId, replies: replies.slice(0, 3) })
    ).id;
  });
  after(() => t.close());

  it('shows the thread with its subject, authors, bodies and a reply form', async () => {
    const res = await learner.get(`/threads/${threadId}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1[^>]*>Parking policy questions<\/h1>/);
    assert.match(res.body, new RegExp(`href="/discussions/run/${runId}"`));
    assert.match(res.body, /Fatima Facilitator/);
    assert.match(res.body, /<strong>price<\/strong>/);
    assert.doesNotMatch(res.body, /<script>alert/);
    assert.match(res.body, /edited /);
    assert.match(res.body, new RegExp(`action="/threads/${threadId}/posts"`));
    assert.match(res.body, /id="reply"/);
    assert.match(res.body, new RegExp(`id="post-${postIds[0]}"`));
  });

  it('shows placeholders for deleted and hidden posts and held posts to their author only', async () => {
    const res = await learner.get(`/threads/${threadId}`);
    assert.match(res.body, /This post was deleted/);
    assert.doesNotMatch(res.body, /Deleted later/);
    assert.match(res.body, /hidden by a moderator/);
    assert.doesNotMatch(res.body, /Rude words/);
    assert.doesNotMatch(res.body, /Held link from a moderator draft/);
    assert.match(res.body, /My own held post/);
    assert.match(res.body, /Waiting for review/);
  });

  it('shows moderators hidden text with a badge, held posts and the history link', async () => {
    const res = await facilitator.get(`/threads/${threadId}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Rude words hidden later/);
    assert.match(res.body, />\s*Hidden\s*</);
    assert.match(res.body, /Held link from a moderator draft/);
    assert.doesNotMatch(res.body, /Deleted later/);
    assert.match(res.body, new RegExp(`/posts/${postIds[2]}/history`));
    assert.match(res.body, /Pin thread/);
  });

  it('hides the thread from a learner of another run and sends visitors to sign in', async () => {
    assert.equal((await outsider.get(`/threads/${threadId}`)).statusCode, 404);
    assert.equal((await outsider.get(`/threads/abc`)).statusCode, 404);
    const visitor = await new Client(t.app).get(`/threads/${threadId}`);
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/sign-in\?next=/);
  });

  it('pages posts 50 at a time and moves the read mark forward only', async () => {
    const first = await learner.get(`/threads/${longThreadId}`);
    assert.match(first.body, /Page 1 of 3/);
    assert.match(first.body, new RegExp(`href="/threads/${longThreadId}\\?page=2" rel="next"`));
    assert.equal((first.body.match(/<article /g) ?? []).length, 50);
    const readMark = () =>
      t.deps.db
        .selectFrom('thread_reads')
        .select('last_read_post_id')
        .where('thread_id', '=', longThreadId)
        .where('user_id', '=', learnerId)
        .executeTakeFirstOrThrow();
    const onFirst = (await readMark()).last_read_post_id;
    const last = await learner.get(`/threads/${longThreadId}?page=3`);
    assert.equal((last.body.match(/<article /g) ?? []).length, 20);
    assert.match(last.body, /Reply number 120/);
    const onLast = (await readMark()).last_read_post_id;
    assert.ok(onLast > onFirst);
    await learner.get(`/threads/${longThreadId}?page=1`);
    assert.equal((await readMark()).last_read_post_id, onLast);
    // A page past the end shows the last page.
    assert.match((await learner.get(`/threads/${longThreadId}?page=99`)).body, /Page 3 of 3/);
  });

  it('reads a page in the same number of queries whatever the number of posts', async () => {
    const actor = (await actorOf(t.deps, learnerId))!;
    // Both pages unread, so both move the read mark (a page with nothing new writes nothing).
    await t.deps.db.deleteFrom('thread_reads').where('user_id', '=', learnerId).execute();
    const counts: number[] = [];
    for (const id of [shortThreadId, longThreadId]) {
      const c = counting(t.deps);
      const data = await getThreadPage(c.deps, actor, id, { page: 1, lang: 'en' });
      assert.ok(data.posts.length > 0);
      counts.push(c.count());
    }
    assert.equal(counts[0], counts[1]);
    assert.ok(counts[0]! <= 15, `${counts[0]} queries`);
  });
});
