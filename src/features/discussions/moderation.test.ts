import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createThread } from '../../../test/factories/discussions.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { type Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { insertPost } from './thread-write.queries.ts';

describe('moderation: reports, hiding, held posts', () => {
  let t: TestApp;
  let learner: Client;
  let learnerId: number;
  let author: Client;
  let authorId: number;
  let facilitator: Client;
  let otherFacilitator: Client;
  let coordinator: Client;
  let threadId: number;
  let postIds: number[];

  const post = (id: number) =>
    t.deps.db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const reportsOf = (postId: number) =>
    t.deps.db.selectFrom('post_reports').selectAll().where('post_id', '=', postId).execute();
  const actionsOn = (postId: number) =>
    t.deps.db.selectFrom('moderation_actions').selectAll().where('post_id', '=', postId).execute();
  const notificationsOf = (userId: number, message: string) =>
    t.deps.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', userId)
      .where('message', '=', message)
      .execute();
  const threadRow = (id: number) =>
    t.deps.db.selectFrom('threads').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  before(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.deps, { name: 'Moderation City', isPartner: true });
    const f = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
    facilitator = f.client;
    const g = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
    otherFacilitator = g.client;
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    const l = await signInNew(t.app, t.deps, {});
    learner = l.client;
    learnerId = l.official.id;
    const a = await signInNew(t.app, t.deps, {});
    author = a.client;
    authorId = a.official.id;
    const course = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: f.official.id,
      status: 'published',
      modules: [1],
    });
    const run = await createRun(t.deps, course.id, { facilitatorIds: [f.official.id] });
    const otherRun = await createRun(t.deps, course.id, { facilitatorIds: [g.official.id] });
    for (const id of [learnerId, authorId]) await enrol(t.deps, run.id, id);
    const created = await createThread(t.deps, {
      subject: { kind: 'run', id: run.id },
      authorId: learnerId,
      title: 'Reception of newcomers',
      replies: [
        { authorId, body: 'Buy cheap watches at example.org' },
        { authorId, body: 'Another reply' },
        { authorId, body: 'A third reply' },
      ],
    });
    threadId = created.id;
    postIds = created.postIds;
    await createThread(t.deps, {
      subject: { kind: 'run', id: otherRun.id },
      authorId: g.official.id,
      title: 'Another cohort',
      replies: [{ authorId: g.official.id, body: 'Welcome' }],
    });
  });
  after(() => t.close());

  it('lets a reader report a post once and tells the moderators of the run', async () => {
    const target = postIds[1]!;
    const form = await learner.get(`/posts/${target}/report`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="reason"/);
    const res = await learner.submit(`/posts/${target}/report`, `/posts/${target}/report`, {
      reason: 'spam',
      note: 'Advertising',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/posts/${target}/report?done=reported`);
    const again = await learner.submit(`/posts/${target}/report`, `/posts/${target}/report`, {
      reason: 'abuse',
    });
    assert.equal(again.statusCode, 409);
    const rows = await reportsOf(target);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.reason, 'spam');
    const facilitatorId = (
      await t.deps.db.selectFrom('run_facilitators').select('user_id').executeTakeFirstOrThrow()
    ).user_id;
    const told = await notificationsOf(facilitatorId, 'moderation.notify.reported');
    assert.equal(told.length, 1);
    assert.equal(told[0]!.link, '/moderation');
    const page = await learner.get(`/posts/${target}/report`);
    assert.match(page.body, /already reported/);
  });

  it('keeps one report when the same person reports twice at once', async () => {
    const target = postIds[2]!;
    const csrf = await learner.csrfFrom(`/posts/${target}/report`);
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        learner.post(`/posts/${target}/report`, { _csrf: csrf, reason: 'other' }),
      ),
    );
    const statuses = results.map((r) => r.statusCode).sort();
    assert.deepEqual(statuses, [303, 409, 409]);
    assert.equal((await reportsOf(target)).length, 1);
  });

  it('refuses reports of one’s own post, bad reasons and long notes', async () => {
    const own = postIds[1]!;
    assert.equal((await author.get(`/posts/${own}/report`)).statusCode, 403);
    const target = postIds[0]!;
    const bad = await author.submit(`/posts/${target}/report`, `/posts/${target}/report`, {
      reason: 'nonsense',
      note: 'kept',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Choose why you are reporting/);
    assert.match(bad.body, />kept</);
    const long = await author.submit(`/posts/${target}/report`, `/posts/${target}/report`, {
      reason: 'spam',
      note: 'x'.repeat(1001),
    });
    assert.equal(long.statusCode, 400);
    assert.equal((await reportsOf(target)).length, 0);
    assert.equal((await otherFacilitator.get(`/posts/${target}/report`)).statusCode, 404);
  });

  it('does not let a facilitator of another run hide a post: nothing changes', async () => {
    const target = postIds[1]!;
    const res = await otherFacilitator.submit('/', `/moderation/posts/${target}/hide`, {
      reason: 'x',
    });
    assert.equal(res.statusCode, 404);
    assert.equal((await post(target)).status, 'visible');
    assert.equal((await actionsOn(target)).length, 0);
    assert.equal(
      (await learner.submit('/', `/moderation/posts/${target}/hide`, {})).statusCode,
      403,
    );
    assert.equal((await post(target)).status, 'visible');
  });

  it('hides a reported post: reports resolved, counters and log kept, the author told', async () => {
    const target = postIds[1]!;
    const before = Number((await threadRow(threadId)).post_count);
    const queue = await facilitator.get('/moderation');
    assert.equal(queue.statusCode, 200);
    assert.match(queue.body, /Buy cheap watches/);
    assert.doesNotMatch(queue.body, /Another cohort/);
    const res = await facilitator.submit('/moderation', `/moderation/posts/${target}/hide`, {
      reason: 'Advertising',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/moderation?done=hide');
    const row = await post(target);
    assert.equal(row.status, 'hidden');
    assert.ok(row.hidden_at);
    assert.equal(Number((await threadRow(threadId)).post_count), before - 1);
    const reports = await reportsOf(target);
    assert.ok(reports.every((r) => r.outcome === 'hidden' && r.resolved_at));
    const log = await actionsOn(target);
    assert.deepEqual(
      log.map((a) => [a.action, a.reason]),
      [['hide', 'Advertising']],
    );
    assert.equal((await notificationsOf(authorId, 'moderation.notify.hidden')).length, 1);
    assert.equal(
      (await facilitator.submit('/moderation', `/moderation/posts/${target}/hide`, {})).statusCode,
      409,
    );
    assert.doesNotMatch((await facilitator.get('/moderation')).body, /Buy cheap watches/);
    const restore = await coordinator.submit(
      '/moderation',
      `/moderation/posts/${target}/restore`,
      {},
    );
    assert.equal(restore.statusCode, 303);
    assert.equal((await post(target)).status, 'visible');
    assert.equal(Number((await threadRow(threadId)).post_count), before);
    const again = await coordinator.submit(
      '/moderation',
      `/moderation/posts/${target}/restore`,
      {},
    );
    assert.equal(again.statusCode, 409);
  });

  it('approves and rejects held posts once', async () => {
    const now = new Date().toISOString();
    const held = await insertPost(t.deps.db, {
      threadId,
      authorId,
      body: 'See https://example.org',
      bodyHtml: '<p>See</p>',
      status: 'held',
      now,
    });
    const rejected = await insertPost(t.deps.db, {
      threadId,
      authorId,
      body: 'Spam link https://example.com',
      bodyHtml: '<p>x</p>',
      status: 'held',
      now,
    });
    const queue = await facilitator.get('/moderation');
    assert.match(queue.body, /See https:\/\/example.org/);
    assert.equal(
      (await facilitator.submit('/moderation', `/moderation/posts/${held}/approve`, {})).statusCode,
      303,
    );
    assert.equal((await post(held)).status, 'visible');
    assert.equal(
      (await facilitator.submit('/moderation', `/moderation/posts/${held}/approve`, {})).statusCode,
      409,
    );
    assert.equal(
      (await facilitator.submit('/moderation', `/moderation/posts/${rejected}/reject`, {}))
        .statusCode,
      303,
    );
    assert.equal((await post(rejected)).status, 'hidden');
    assert.equal((await notificationsOf(authorId, 'moderation.notify.approved')).length, 1);
    assert.equal((await threadRow(threadId)).last_post_id, held);
  });

  it('dismisses a report; the queue shows moderators their own subjects only', async () => {
    const target = postIds[3]!;
    await learner.submit(`/posts/${target}/report`, `/posts/${target}/report`, {
      reason: 'off_topic',
    });
    const [report] = await reportsOf(target);
    const outsider = await otherFacilitator.submit(
      '/',
      `/moderation/reports/${report!.id}/dismiss`,
      {},
    );
    assert.equal(outsider.statusCode, 404);
    assert.doesNotMatch((await otherFacilitator.get('/moderation')).body, /A third reply/);
    assert.match((await coordinator.get('/moderation')).body, /A third reply/);
    const res = await facilitator.submit(
      '/moderation',
      `/moderation/reports/${report!.id}/dismiss`,
      {},
    );
    assert.equal(res.statusCode, 303);
    assert.equal((await reportsOf(target))[0]!.outcome, 'dismissed');
    assert.equal(
      (await facilitator.submit('/moderation', `/moderation/reports/${report!.id}/dismiss`, {}))
        .statusCode,
      409,
    );
    assert.equal((await learner.get('/moderation')).statusCode, 403);
  });

  it('shows the log to moderators of its subjects, newest first', async () => {
    const mine = await facilitator.get('/moderation/log');
    assert.equal(mine.statusCode, 200);
    assert.match(mine.body, /Reception of newcomers/);
    assert.match(mine.body, /Hid a post/);
    const other = await otherFacilitator.get('/moderation/log');
    assert.doesNotMatch(other.body, /Reception of newcomers/);
    assert.match((await coordinator.get('/moderation/log')).body, /Reception of newcomers/);
    assert.equal((await learner.get('/moderation/log')).statusCode, 403);
  });

  it('renders the queue, the log and the report form in every language without raw keys', async () => {
    for (const lang of ['fr', 'es', 'ar', 'ru', 'zh', 'en']) {
      await facilitator.get(`/language/${lang}?next=/`);
      await learner.get(`/language/${lang}?next=/`);
      for (const [client, url] of [
        [facilitator, '/moderation'],
        [facilitator, '/moderation/log'],
        [facilitator, `/posts/${postIds[0]}/history`],
        [learner, `/posts/${postIds[3]}/report`],
      ] as const) {
        const res = await client.get(url);
        assert.equal(res.statusCode, 200, `${lang} ${url}`);
        assert.match(res.body, new RegExp(`<html lang="${lang}"`));
        assert.doesNotMatch(res.body, /moderation\.[a-z]+\.[a-zA-Z_]+/, `${lang} ${url}`);
      }
    }
  });
});
