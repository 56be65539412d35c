import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createThread } from '../../../test/factories/discussions.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { type Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

describe('thread actions, quotes and attachments', () => {
  let t: TestApp;
  let learner: Client;
  let learnerId: number;
  let facilitator: Client;
  let outsider: Client;
  let threadId: number;
  let postIds: number[];
  let otherThreadPost: number;

  const thread = () =>
    t.deps.db
      .selectFrom('threads')
      .selectAll()
      .where('id', '=', threadId)
      .executeTakeFirstOrThrow();
  const actions = (action: string) =>
    t.deps.db
      .selectFrom('moderation_actions')
      .selectAll()
      .where('thread_id', '=', threadId)
      .where('action', '=', action)
      .execute();

  before(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.deps, { name: 'Action City', isPartner: true });
    const f = await signInNew(t.app, t.deps, { name: 'Farid Facilitator', roles: ['facilitator'] });
    facilitator = f.client;
    const l = await signInNew(t.app, t.deps, { name: 'Lara Learner' });
    learner = l.client;
    learnerId = l.official.id;
    outsider = (await signInNew(t.app, t.deps, { name: 'Olga Outsider' })).client;
    const course = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: f.official.id,
      status: 'published',
      modules: [1],
    });
    const runId = (await createRun(t.deps, course.id, { facilitatorIds: [f.official.id] })).id;
    await enrol(t.deps, runId, learnerId);
    const subject = { kind: 'run' as const, id: runId };
    const created = await createThread(t.deps, {
      subject,
      authorId: learnerId,
      title: 'Where do we start?',
      body: 'First post <b>with</b> a tag & ' + 'long text '.repeat(50),
      replies: [
        { authorId: f.official.id, body: 'Start with a survey.' },
        { authorId: f.official.id, body: 'Hidden reply' },
      ],
    });
    threadId = created.id;
    postIds = created.postIds;
    await t.deps.db
      .updateTable('posts')
      .set({ status: 'hidden' })
      .where('id', '=', postIds[2]!)
      .execute();
    await t.deps.db
      .updateTable('posts')
      .set({ quote_post_id: postIds[0]! })
      .where('id', '=', postIds[1]!)
      .execute();
    const bytes = Buffer.from('%PDF-1.4\n%%EOF\n');
    const file = await t.deps.db
      .insertInto('files')
      .values({
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.length,
        media_type: 'application/pdf',
        bytes,
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.deps.db
      .insertInto('post_attachments')
      .values({
        post_id: postIds[1]!,
        file_id: file.id,
        file_name: 'survey.pdf',
        created_at: new Date().toISOString(),
      })
      .execute();
    otherThreadPost = (await createThread(t.deps, { subject, authorId: learnerId })).postIds[0]!;
  });
  after(() => t.close());

  it('shows a quoted post’s excerpt escaped and an attachment’s download link', async () => {
    const res = await learner.get(`/threads/${threadId}`);
    assert.match(res.body, /Lara Learner wrote:/);
    assert.match(res.body, /First post &lt;b&gt;with&lt;\/b&gt; a tag &amp; long text/);
    const attachment = /href="\/posts\/(\d+)\/attachments\/(\d+)">survey\.pdf</.exec(res.body);
    assert.equal(attachment?.[1], String(postIds[1]));
  });

  it('pre-fills the reply form with a quote from this thread only', async () => {
    const quoted = await learner.get(`/threads/${threadId}?quote=${postIds[1]}`);
    assert.match(quoted.body, new RegExp(`name="quote" value="${postIds[1]}"`));
    assert.match(quoted.body, /Start with a survey\./);
    for (const other of [otherThreadPost, postIds[2]!]) {
      const res = await learner.get(`/threads/${threadId}?quote=${other}`);
      assert.equal(res.statusCode, 200);
      assert.doesNotMatch(res.body, /name="quote"/);
    }
  });

  it('follows, mutes and forgets a thread for any reader', async () => {
    const page = `/threads/${threadId}`;
    const state = () =>
      t.deps.db
        .selectFrom('thread_follows')
        .select('state')
        .where('thread_id', '=', threadId)
        .where('user_id', '=', learnerId)
        .executeTakeFirst();
    const res = await learner.submit(page, `${page}/follow`, { page: '2' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${page}?page=2&done=follow`);
    assert.equal((await state())?.state, 'following');
    assert.match((await learner.get(`${page}?done=follow`)).body, /You now follow this thread/);
    await learner.submit(page, `${page}/mute`, {});
    assert.equal((await state())?.state, 'muted');
    await learner.submit(page, `${page}/unfollow`, {});
    assert.equal(await state(), undefined);
    const csrf = await outsider.csrfFrom('/');
    assert.equal((await outsider.post(`${page}/follow`, { _csrf: csrf })).statusCode, 404);
  });

  it('refuses a learner pinning or locking, and records each moderator’s change once', async () => {
    const page = `/threads/${threadId}`;
    assert.equal((await learner.submit(page, `${page}/pin`, {})).statusCode, 403);
    assert.equal((await learner.submit(page, `${page}/lock`, {})).statusCode, 403);
    assert.equal((await thread()).is_pinned, 0);
    const csrf = await facilitator.csrfFrom(page);
    const both = await Promise.all([
      facilitator.post(`${page}/pin`, { _csrf: csrf }),
      facilitator.post(`${page}/pin`, { _csrf: csrf }),
    ]);
    assert.deepEqual(
      both.map((r) => r.statusCode),
      [303, 303],
    );
    assert.equal((await thread()).is_pinned, 1);
    assert.equal((await actions('pin')).length, 1);
    await facilitator.post(`${page}/unpin`, { _csrf: csrf });
    assert.equal((await thread()).is_pinned, 0);
    assert.equal((await actions('unpin')).length, 1);
  });

  it('shows "locked" instead of the reply form on a locked thread, except to moderators', async () => {
    const page = `/threads/${threadId}`;
    await facilitator.submit(page, `${page}/lock`, {});
    assert.equal((await thread()).is_locked, 1);
    assert.equal((await actions('lock')).length, 1);
    const forLearner = await learner.get(page);
    assert.match(forLearner.body, /This thread is locked/);
    assert.doesNotMatch(forLearner.body, new RegExp(`action="/threads/${threadId}/posts"`));
    const forFacilitator = await facilitator.get(page);
    assert.match(forFacilitator.body, new RegExp(`action="/threads/${threadId}/posts"`));
    await facilitator.submit(page, `${page}/unlock`, {});
    assert.equal((await thread()).is_locked, 0);
    assert.doesNotMatch((await learner.get(page)).body, /This thread is locked/);
  });

  it('marks an answer, tells the thread’s author, and unmarks it', async () => {
    const page = `/threads/${threadId}`;
    const answer = postIds[1]!;
    assert.equal((await learner.submit(page, `/posts/${answer}/answer`, {})).statusCode, 403);
    const res = await facilitator.submit(page, `/posts/${answer}/answer`, {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${page}?done=answer#post-${answer}`);
    assert.equal((await thread()).answer_post_id, answer);
    assert.equal((await actions('answer')).length, 1);
    const told = await t.deps.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', learnerId)
      .where('kind', '=', 'answer')
      .execute();
    assert.equal(told.length, 1);
    assert.equal(told[0]!.message, 'threads.notify.answer');
    assert.equal(told[0]!.link, `/threads/${threadId}#post-${answer}`);
    const shown = await learner.get(page);
    assert.match(shown.body, /Go to the accepted answer/);
    assert.match(shown.body, /post-answer/);
    assert.match(shown.body, />\s*Answered\s*</);
    // A hidden post cannot be the answer; nothing changes.
    const hidden = await facilitator.submit(page, `/posts/${postIds[2]}/answer`, {});
    assert.equal(hidden.statusCode, 409);
    assert.equal((await thread()).answer_post_id, answer);
    await facilitator.submit(page, `/posts/${answer}/unanswer`, {});
    assert.equal((await thread()).answer_post_id, null);
    assert.equal((await actions('unanswer')).length, 1);
    const csrf = await outsider.csrfFrom('/');
    assert.equal((await outsider.post(`/posts/${answer}/answer`, { _csrf: csrf })).statusCode, 404);
  });
});
