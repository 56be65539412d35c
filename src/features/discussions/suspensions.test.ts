import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createThread } from '../../../test/factories/discussions.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { type Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { selectActiveSuspension } from './suspensions.queries.ts';

describe('moderation: suspensions and post histories', () => {
  let t: TestApp;
  let facilitator: Client;
  let facilitatorId: number;
  let coordinator: Client;
  let coordinatorId: number;
  let learner: Client;
  let learnerId: number;
  let runId: number;
  let postId: number;

  const formUrl = (user: number, subject = true) =>
    `/moderation/suspensions/new?user=${user}${subject ? `&kind=run&subject=${runId}` : ''}`;
  const suspend = (client: Client, url: string, fields: Record<string, string>) =>
    client.submit(url, url, fields);

  before(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.deps, { name: 'Suspension City', isPartner: true });
    const f = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
    facilitator = f.client;
    facilitatorId = f.official.id;
    const c = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    coordinator = c.client;
    coordinatorId = c.official.id;
    const l = await signInNew(t.app, t.deps, {});
    learner = l.client;
    learnerId = l.official.id;
    const course = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: facilitatorId,
      status: 'published',
      modules: [1],
    });
    runId = (await createRun(t.deps, course.id, { facilitatorIds: [facilitatorId] })).id;
    await enrol(t.deps, runId, learnerId);
    const thread = await createThread(t.deps, {
      subject: { kind: 'run', id: runId },
      authorId: learnerId,
      body: 'The first text',
    });
    postId = thread.postIds[0]!;
  });
  after(() => t.close());

  it('lets a facilitator suspend a learner from posting in the run, and lift it', async () => {
    const form = await facilitator.get(formUrl(learnerId));
    assert.equal(form.statusCode, 200);
    assert.doesNotMatch(form.body, /value="everywhere"/);
    const res = await suspend(facilitator, formUrl(learnerId), {
      scope: 'subject',
      reason: 'Repeated advertising',
      endsOn: '',
    });
    assert.equal(res.statusCode, 303);
    const now = new Date().toISOString();
    const active = await selectActiveSuspension(
      t.deps.db,
      learnerId,
      { kind: 'run', id: runId },
      now,
    );
    assert.ok(active);
    assert.equal(active.reason, 'Repeated advertising');
    const told = await t.deps.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', learnerId)
      .where('message', '=', 'moderation.notify.suspended')
      .execute();
    assert.equal(told.length, 1);
    assert.match((await facilitator.get('/moderation')).body, /Repeated advertising/);
    assert.equal(
      (await learner.submit('/', `/moderation/suspensions/${active.id}/lift`, {})).statusCode,
      403,
    );
    const lift = await facilitator.submit(
      '/moderation',
      `/moderation/suspensions/${active.id}/lift`,
      {},
    );
    assert.equal(lift.statusCode, 303);
    assert.equal(
      await selectActiveSuspension(t.deps.db, learnerId, { kind: 'run', id: runId }, now),
      undefined,
    );
    const again = await facilitator.submit(
      '/moderation',
      `/moderation/suspensions/${active.id}/lift`,
      {},
    );
    assert.equal(again.statusCode, 409);
    const log = await t.deps.db
      .selectFrom('moderation_actions')
      .select('action')
      .where('user_id', '=', learnerId)
      .execute();
    assert.deepEqual(log.map((r) => r.action).sort(), ['lift', 'suspend']);
  });

  it('refuses suspending oneself, a coordinator, or everywhere unless coordinating', async () => {
    assert.equal((await facilitator.get(formUrl(facilitatorId))).statusCode, 403);
    assert.equal((await facilitator.get(formUrl(coordinatorId))).statusCode, 403);
    assert.equal((await facilitator.get(formUrl(learnerId, false))).statusCode, 403);
    const everywhere = await suspend(facilitator, formUrl(learnerId), {
      scope: 'everywhere',
      reason: 'x',
    });
    assert.equal(everywhere.statusCode, 403);
    assert.equal((await learner.get(formUrl(facilitatorId))).statusCode, 403);
    assert.equal((await facilitator.get('/moderation/suspensions/new?user=abc')).statusCode, 400);
    assert.equal((await facilitator.get(formUrl(99_999_999))).statusCode, 404);
    const rows = await t.deps.db
      .selectFrom('posting_suspensions')
      .selectAll()
      .where('lifted_at', 'is', null)
      .execute();
    assert.equal(rows.length, 0);
  });

  it('re-renders the form for a missing reason or a past end date', async () => {
    const res = await suspend(facilitator, formUrl(learnerId), {
      scope: 'subject',
      reason: '',
      endsOn: '2001-01-01',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /This field is required/);
    assert.match(res.body, /cannot be in the past/);
    assert.match(res.body, /value="2001-01-01"/);
  });

  it('lets a coordinator suspend everywhere until a given day', async () => {
    const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const res = await suspend(coordinator, formUrl(learnerId, false), {
      scope: 'everywhere',
      reason: 'Abuse',
      endsOn: day,
    });
    assert.equal(res.statusCode, 303);
    const now = new Date().toISOString();
    const active = await selectActiveSuspension(
      t.deps.db,
      learnerId,
      { kind: 'theme', id: 1 },
      now,
    );
    assert.ok(
      active?.endsAt?.startsWith(
        new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
      ),
    );
    // A facilitator does not see (nor lift) a suspension from everywhere.
    assert.doesNotMatch((await facilitator.get('/moderation')).body, /Abuse/);
    assert.equal(
      (await facilitator.submit('/', `/moderation/suspensions/${active!.id}/lift`, {})).statusCode,
      403,
    );
  });

  it('shows moderators every earlier text of a post', async () => {
    await t.deps.db
      .insertInto('post_revisions')
      .values({
        post_id: postId,
        body: 'The very first <script>text</script>',
        edited_by: learnerId,
        created_at: new Date().toISOString(),
      })
      .execute();
    const res = await facilitator.get(`/posts/${postId}/history`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /The very first &lt;script>text&lt;\/script>/);
    assert.match(res.body, /The first text/);
    assert.equal((await learner.get(`/posts/${postId}/history`)).statusCode, 403);
    assert.equal((await learner.get('/posts/99999999/history')).statusCode, 404);
  });
});
