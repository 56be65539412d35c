import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAssignmentRun, type AssignmentRun } from '../../../test/factories/assignments.ts';
import { multipart, smallPng } from '../../../test/factories/files.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createTestApp, type Client, type TestApp } from '../../../test/support/app.ts';
import { chooseDelivery, noticesOf } from '../../../test/support/notified.ts';
import { signIn } from '../../../test/support/sign-in.ts';

// Facilitators grade: the queue of their run, one submission, a final grade that tells the
// learner and completes the lesson when it passes. Nobody else sees any of it.

describe('grading assignments', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  /** A run where the learner has submitted text and a PNG; the facilitator signed in. */
  async function submitted(): Promise<{
    a: AssignmentRun;
    facilitator: Client;
    submissionId: number;
    base: string;
  }> {
    const a = await createAssignmentRun(t.deps, { settings: { maxScore: 20, passMark: 12 } });
    const learner = await signIn(t.app, a.learner);
    const page = `/learn/${a.runId}/assignment/${a.lessonId}`;
    const body = multipart(
      [
        ['_csrf', await learner.csrfFrom(page)],
        ['text', 'My **plan** for the media'],
      ],
      { filename: 'poster.png', content: smallPng() },
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `${page}/submit`,
      payload: body.payload,
      headers: {
        ...body.headers,
        cookie: [...learner.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    assert.equal(res.statusCode, 303);
    const row = await t.deps.db
      .selectFrom('assignment_submissions')
      .select('id')
      .where('enrolment_id', '=', a.enrolmentId)
      .executeTakeFirstOrThrow();
    return {
      a,
      facilitator: await signIn(t.app, a.facilitator),
      submissionId: row.id,
      base: `/facilitate/runs/${a.runId}/submissions`,
    };
  }

  /** The "graded" e-mails queued for the address (completion may send others, e.g. a certificate). */
  const gradedEmails = (address: string) =>
    t.deps.db
      .selectFrom('emails')
      .select(['subject', 'text_body as text'])
      .where('to_address', '=', address)
      .where('kind', '=', 'notification.grade')
      .execute();

  const enrolmentStatus = async (id: number) =>
    (
      await t.deps.db
        .selectFrom('enrolments')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).status;

  it('lists the run’s submissions for its facilitator, ungraded first', async () => {
    const { a, facilitator, submissionId, base } = await submitted();
    const queue = await facilitator.get(base);
    assert.equal(queue.statusCode, 200);
    assert.match(queue.body, /Amina Learner/);
    assert.match(queue.body, new RegExp(`${base}/${submissionId}`));
    assert.match(queue.body, /To grade/);
    const one = await facilitator.get(`${base}/${submissionId}`);
    assert.equal(one.statusCode, 200);
    assert.match(one.body, /My <strong>plan<\/strong> for the media/);
    assert.match(one.body, /poster\.png/);
    const file = await facilitator.get(`${base}/${submissionId}/file`);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'image/png');
    assert.match(String(file.headers['content-disposition']), /^attachment;/);
    assert.equal(a.runId > 0, true);
  });

  it('grades at the pass mark: the lesson and the run complete, the learner is told in French', async () => {
    const { a, facilitator, submissionId, base } = await submitted();
    const res = await facilitator.submit(
      `${base}/${submissionId}`,
      `${base}/${submissionId}/grade`,
      {
        score: '12',
        feedback: 'Clear and well argued.',
      },
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${base}/${submissionId}?done=graded`);
    assert.equal(await enrolmentStatus(a.enrolmentId), 'completed');
    const [mail] = await gradedEmails(a.learner.email);
    assert.ok(mail);
    assert.match(mail.subject, /a été noté/);
    assert.match(mail.text, /12 sur 20/);
    assert.match(mail.text, new RegExp(`/learn/${a.runId}/assignment/${a.lessonId}`));
    const [told] = await noticesOf(t.deps, a.learner.id);
    assert.deepEqual(told, {
      kind: 'grade',
      message: 'assignments.notify.passed',
      params: { title: told!.params.title, score: '12', max: '20' },
      link: `/learn/${a.runId}/assignment/${a.lessonId}`,
      delivery: 'immediate',
      emailed: true,
    });
    const learner = await signIn(t.app, a.learner);
    const page = await learner.get(`/learn/${a.runId}/assignment/${a.lessonId}`);
    assert.match(page.body, /Clear and well argued/);
    assert.match(page.body, /12 sur 20/);
    assert.doesNotMatch(page.body, /enctype="multipart\/form-data"/);
  });

  it('a grade below the pass mark does not complete the lesson', async () => {
    const { a, facilitator, submissionId, base } = await submitted();
    const res = await facilitator.submit(
      `${base}/${submissionId}`,
      `${base}/${submissionId}/grade`,
      {
        score: '11',
        feedback: '',
      },
    );
    assert.equal(res.statusCode, 303);
    assert.equal(await enrolmentStatus(a.enrolmentId), 'enrolled');
    const done = await t.deps.db
      .selectFrom('lesson_progress')
      .select('lesson_id')
      .where('enrolment_id', '=', a.enrolmentId)
      .execute();
    assert.deepEqual(done, []);
  });

  it('records one grade and sends one e-mail when the form is sent twice at once', async () => {
    const { a, facilitator, submissionId, base } = await submitted();
    const csrf = await facilitator.csrfFrom(`${base}/${submissionId}`);
    const form = { _csrf: csrf, score: '15', feedback: 'Good.' };
    const results = await Promise.all([
      facilitator.post(`${base}/${submissionId}/grade`, form),
      facilitator.post(`${base}/${submissionId}/grade`, form),
    ]);
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303],
    );
    assert.equal((await gradedEmails(a.learner.email)).length, 1);
    assert.equal((await noticesOf(t.deps, a.learner.id)).length, 1);
    // A different grade afterwards is refused: a grade is final.
    const again = await facilitator.post(`${base}/${submissionId}/grade`, {
      ...form,
      score: '3',
    });
    assert.equal(again.statusCode, 409);
    const row = await t.deps.db
      .selectFrom('assignment_submissions')
      .select(['score', 'status'])
      .where('id', '=', submissionId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { score: 15, status: 'graded' });
  });

  it('a learner who turned grade e-mails off is told in the app only', async () => {
    const { a, facilitator, submissionId, base } = await submitted();
    await chooseDelivery(t.deps, a.learner.id, 'grade', 'off');
    const url = `${base}/${submissionId}`;
    const res = await facilitator.submit(url, `${url}/grade`, { score: '8', feedback: '' });
    assert.equal(res.statusCode, 303);
    assert.deepEqual(await gradedEmails(a.learner.email), []);
    const told = await noticesOf(t.deps, a.learner.id);
    assert.deepEqual(
      told.map((n) => [n.message, n.delivery, n.emailed]),
      [['assignments.notify.notPassed', 'off', false]],
    );
  });

  it('refuses a score out of range with the form again (400)', async () => {
    const { facilitator, submissionId, base } = await submitted();
    const url = `${base}/${submissionId}`;
    const res = await facilitator.submit(url, `${url}/grade`, { score: '21', feedback: 'Kept' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /The score must be a whole number/);
    assert.match(res.body, /Kept/);
  });

  it('keeps the queue from learners (403), other facilitators (403) and other runs (404)', async () => {
    const { a, submissionId, base } = await submitted();
    const learner = await signIn(t.app, a.learner);
    assert.equal((await learner.get(base)).statusCode, 403);
    assert.equal((await learner.get(`${base}/${submissionId}`)).statusCode, 403);
    const csrf = await learner.csrfFrom('/');
    const grade = { _csrf: csrf, score: '20', feedback: '' };
    assert.equal((await learner.post(`${base}/${submissionId}/grade`, grade)).statusCode, 403);
    const stranger = await signIn(t.app, await createOfficial(t.deps, { roles: ['facilitator'] }));
    assert.equal((await stranger.get(base)).statusCode, 403);
    assert.equal((await stranger.get(`${base}/${submissionId}/file`)).statusCode, 403);
    // The facilitator of another run finds no such submission in their own run.
    const other = await createAssignmentRun(t.deps);
    const otherFacilitator = await signIn(t.app, other.facilitator);
    const theirs = `/facilitate/runs/${other.runId}/submissions/${submissionId}`;
    assert.equal((await otherFacilitator.get(theirs)).statusCode, 404);
    assert.equal((await otherFacilitator.get(`${theirs}/file`)).statusCode, 404);
    assert.equal(
      (await otherFacilitator.get('/facilitate/runs/999999/submissions')).statusCode,
      404,
    );
  });

  it('lets coordinators grade any run', async () => {
    const { submissionId, base } = await submitted();
    const coordinator = await signIn(
      t.app,
      await createOfficial(t.deps, { roles: ['coordinator'] }),
    );
    assert.equal((await coordinator.get(`${base}/${submissionId}`)).statusCode, 200);
  });
});
