import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAssignmentRun } from '../../../test/factories/assignments.ts';
import { createCourse } from '../../../test/factories/courses.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { QUIZ, createQuiz } from '../../../test/factories/quizzes.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { completeLesson } from './progress.service.ts';

describe('cohort view', () => {
  let t: TestApp;
  let facilitator: Client;
  let otherFacilitator: Client;
  let learner: Client;
  let coordinator: Client;
  let runId: number;

  before(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.deps, { name: 'Cohort City', isPartner: true });
    const f = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
    facilitator = f.client;
    otherFacilitator = (await signInNew(t.app, t.deps, { roles: ['facilitator'] })).client;
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    const course = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: f.official.id,
      status: 'published',
      modules: [2, 2],
    });
    runId = (await createRun(t.deps, course.id, { facilitatorIds: [f.official.id] })).id;
    const busy = await createOfficial(t.deps, { name: 'Amina Busy', organisationId: org.id });
    const quiet = await createOfficial(t.deps, { name: '=HYPERLINK("x") Quiet' });
    const l = await signInNew(t.app, t.deps, { name: 'Zoë Learner' });
    learner = l.client;
    const busyEnrolment = await enrol(t.deps, runId, busy.id);
    const quietEnrolment = await enrol(t.deps, runId, quiet.id);
    await enrol(t.deps, runId, l.official.id);
    for (const lessonId of [course.lessonIds[0]![0]!, course.lessonIds[0]![1]!])
      await completeLesson(t.deps, busyEnrolment.id, lessonId);
    // The quiet learner enrolled and did one lesson 30 days ago, and nothing since.
    const longAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();
    await completeLesson(t.deps, quietEnrolment.id, course.lessonIds[1]![0]!);
    await t.deps.db
      .updateTable('enrolments')
      .set({ enrolled_at: longAgo, last_activity_at: longAgo })
      .where('id', '=', quietEnrolment.id)
      .execute();
  });
  after(() => t.close());

  it('shows each learner’s progress and marks those with no recent activity', async () => {
    const res = await facilitator.get(`/facilitate/runs/${runId}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Amina Busy/);
    assert.match(res.body, /2 of 4 lessons/);
    assert.match(res.body, /1 of 4 lessons/);
    assert.match(res.body, /3 learners, 0 completed; 1 with no activity for 14 days/);
    // Over a 60-day window nobody is quiet.
    const wide = await facilitator.get(`/facilitate/runs/${runId}?inactive=60`);
    assert.match(wide.body, /0 with no activity for 60 days/);
  });

  it('refuses a bad number of days with a clear message', async () => {
    for (const bad of ['0', '-3', 'abc', '1000', '2.5']) {
      const res = await facilitator.get(`/facilitate/runs/${runId}?inactive=${bad}`);
      assert.equal(res.statusCode, 400, bad);
      assert.match(res.body, /number of days from 1 to 365/);
    }
  });

  it('exports the cohort as CSV that a spreadsheet cannot run as a formula', async () => {
    const res = await facilitator.get(`/facilitate/runs/${runId}/cohort.csv`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.match(String(res.headers['content-disposition']), /^attachment/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines.length, 4);
    assert.match(lines[0]!, /^Name,E-mail,Organisation/);
    assert.ok(
      lines.some((l) => l.startsWith(`"'=HYPERLINK(""x"") Quiet"`)),
      lines.join('\n'),
    );
  });

  it('lets only the run’s facilitators and coordinators in', async () => {
    assert.equal((await learner.get(`/facilitate/runs/${runId}`)).statusCode, 403);
    assert.equal((await learner.get(`/facilitate/runs/${runId}/cohort.csv`)).statusCode, 403);
    assert.equal((await otherFacilitator.get(`/facilitate/runs/${runId}`)).statusCode, 403);
    assert.equal((await coordinator.get(`/facilitate/runs/${runId}`)).statusCode, 200);
    assert.equal((await facilitator.get('/facilitate/runs/999999')).statusCode, 404);
    assert.equal((await facilitator.get('/facilitate/runs/abc')).statusCode, 404);
    const anonymous = await new Client(t.app).get(`/facilitate/runs/${runId}`);
    assert.equal(anonymous.statusCode, 303);
  });

  it('lists a facilitator’s own runs, and every run for coordinators', async () => {
    const own = await facilitator.get('/facilitate');
    assert.match(own.body, new RegExp(`/facilitate/runs/${runId}"`));
    const other = await otherFacilitator.get('/facilitate');
    assert.doesNotMatch(other.body, new RegExp(`/facilitate/runs/${runId}"`));
    assert.match(other.body, /You do not facilitate any run yet/);
    assert.match((await coordinator.get('/facilitate')).body, /Learners: 3/);
    assert.equal((await learner.get('/facilitate')).statusCode, 403);
  });

  it('shows each learner’s best quiz score and assignment grade, and links to the grading queue', async () => {
    const a = await createAssignmentRun(t.deps);
    await createQuiz(t.deps, a.textLessonId, QUIZ);
    const now = new Date().toISOString();
    await t.deps.db
      .insertInto('quiz_attempts')
      .values(
        [40, 80].map((score, i) => ({
          enrolment_id: a.enrolmentId,
          lesson_id: a.textLessonId,
          number: i + 1,
          status: 'submitted',
          started_at: now,
          submitted_at: now,
          score,
          passed: score >= 70 ? 1 : 0,
          answers: '[]',
        })),
      )
      .execute();
    await t.deps.db
      .insertInto('assignment_submissions')
      .values({
        run_id: a.runId,
        lesson_id: a.lessonId,
        enrolment_id: a.enrolmentId,
        text: 'My action plan',
        file_name: '',
        status: 'submitted',
        submitted_at: now,
        feedback: '',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const client = await signIn(t.app, a.facilitator);
    const page = await client.get(`/facilitate/runs/${a.runId}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /best 80% · passed/);
    assert.match(page.body, /<td>to grade<\/td>/);
    assert.match(
      page.body,
      new RegExp(`href="/facilitate/runs/${a.runId}/submissions">Grading queue \\(to grade: 1\\)`),
    );
    const csv = await client.get(`/facilitate/runs/${a.runId}/cohort.csv`);
    assert.match(csv.body, /best 80% · passed,to grade\r\n$/);
  });
});
