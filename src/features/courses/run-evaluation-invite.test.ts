import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial, type CreatedOfficial } from '../../../test/factories/officials.ts';
import { createOfferedRun, enrol } from '../../../test/factories/runs.ts';
import { createTestApp, type Client, type TestApp } from '../../../test/support/app.ts';
import { countEmailsTo, latestEmailTo } from '../../../test/support/mail.ts';
import { latestNoticeTo } from '../../../test/support/notified.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import { evaluationInviteJob, RUN_EVALUATION_JOB } from './run-evaluation-invite.ts';

// After a dated run ends, its learners who have not evaluated it are invited once by e-mail.

describe('invitations to evaluate a run', () => {
  let t: TestApp;
  let offered: Awaited<ReturnType<typeof createOfferedRun>>;
  let endsOn: string;
  let learners: CreatedOfficial[];

  const invite = () => evaluationInviteJob(t.deps, { runId: offered.runId, endsOn });
  const jobsOf = (runId: number) =>
    t.deps.db
      .selectFrom('jobs')
      .select(['payload', 'run_at as runAt'])
      .where('kind', '=', RUN_EVALUATION_JOB)
      .execute()
      .then((rows) => rows.filter((r) => JSON.parse(r.payload).runId === runId));

  before(async () => {
    t = await createTestApp();
    offered = await createOfferedRun(t.deps);
    const run = await t.deps.db
      .selectFrom('runs')
      .select('ends_on')
      .where('id', '=', offered.runId)
      .executeTakeFirstOrThrow();
    endsOn = run.ends_on!;
    learners = [];
    for (let i = 0; i < 4; i++) learners.push(await createOfficial(t.deps));
    for (const l of learners) await enrol(t.deps, offered.runId, l.id);
    const [, completed, withdrawn, evaluated] = learners;
    await t.deps.db
      .updateTable('enrolments')
      .set({ status: 'completed' })
      .where('user_id', '=', completed!.id)
      .execute();
    await t.deps.db
      .updateTable('enrolments')
      .set({ status: 'withdrawn' })
      .where('user_id', '=', withdrawn!.id)
      .execute();
    await t.deps.db
      .insertInto('evaluations')
      .values({
        event_id: null,
        run_id: offered.runId,
        user_id: evaluated!.id,
        satisfaction: 5,
        usefulness: 5,
        relevance: 5,
        will_apply: '',
        comments: '',
        created_at: new Date().toISOString(),
      })
      .execute();
  });
  after(() => t.close());

  it('e-mails enrolled and completed learners who have not evaluated, once, even when two workers run it', async () => {
    await Promise.all([invite(), invite()]);
    await invite();
    const [enrolled, completed, withdrawn, evaluated] = learners;
    for (const l of [enrolled!, completed!]) {
      assert.equal(await countEmailsTo(t.deps, l.email), 1);
      const mail = await latestEmailTo(t.deps, l.email);
      assert.equal(await latestNoticeTo(t.deps, l.email), 'runs.notify.evaluate');
      assert.match(mail!.text, new RegExp(`/learn/${offered.runId}/evaluation`));
    }
    assert.equal(await countEmailsTo(t.deps, withdrawn!.email), 0);
    assert.equal(await countEmailsTo(t.deps, evaluated!.email), 0);
  });

  it('does nothing for an end date that is no longer the run’s, or for a cancelled run', async () => {
    const other = await createOfferedRun(t.deps);
    const learner = await createOfficial(t.deps);
    await enrol(t.deps, other.runId, learner.id);
    await evaluationInviteJob(t.deps, { runId: other.runId, endsOn: '2001-01-01' });
    await t.deps.db
      .updateTable('runs')
      .set({ status: 'cancelled' })
      .where('id', '=', other.runId)
      .execute();
    const run = await t.deps.db
      .selectFrom('runs')
      .select('ends_on')
      .where('id', '=', other.runId)
      .executeTakeFirstOrThrow();
    await evaluationInviteJob(t.deps, { runId: other.runId, endsOn: run.ends_on! });
    assert.equal(await countEmailsTo(t.deps, learner.email), 0);
  });

  it('is queued for the morning after the end when an editor sets or moves the end date', async () => {
    const own = await createOfficial(t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: offered.organisationId,
    });
    const editor: Client = await signIn(t.app, own);
    const url = `/authoring/courses/${offered.courseId}/runs`;
    const form = {
      title: 'Spring cohort',
      starts_on: '2030-03-01',
      ends_on: '2030-04-30',
      location: 'Online',
      enrolment_mode: 'open',
      enrolment_closes_on: '',
      seats: '',
    };
    const created = await editor.submit(url, url, form);
    assert.equal(created.statusCode, 303);
    const runId = Number(/\/authoring\/runs\/(\d+)/.exec(created.headers.location!)![1]);
    assert.deepEqual(
      (await jobsOf(runId)).map((j) => j.runAt),
      ['2030-05-01T09:00:00.000Z'],
    );
    const editUrl = `/authoring/runs/${runId}`;
    assert.equal((await editor.submit(editUrl, editUrl, form)).statusCode, 303);
    assert.equal((await jobsOf(runId)).length, 1, 'an unchanged end date queues nothing');
    await editor.submit(editUrl, editUrl, { ...form, ends_on: '2030-05-15' });
    assert.deepEqual((await jobsOf(runId)).map((j) => j.runAt).sort(), [
      '2030-05-01T09:00:00.000Z',
      '2030-05-16T09:00:00.000Z',
    ]);
  });
});
