import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import {
  attemptRows,
  expireAttempt,
  QUIZ,
  type QuizDefinition,
} from '../../../test/factories/quizzes.ts';
import { learnerWithQuiz } from '../../../test/support/quiz-learner.ts';
import { enrol } from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// What the server refuses when a quiz is taken: answers after the time limit, a start with no
// attempts left, someone else's attempt, a learner of another run, answers that are not choices.

describe('quiz limits', () => {
  let t: TestApp;
  let organisationId: number;
  let authorId: number;

  before(async () => {
    t = await createTestApp();
    organisationId = (await createOrganisation(t.deps, { isPartner: true })).id;
    authorId = (await createOfficial(t.deps, { roles: ['partner_editor'], organisationId })).id;
  });
  after(() => t.close());

  const setup = (quiz?: QuizDefinition) => learnerWithQuiz(t, { organisationId, authorId }, quiz);
  const countAttempts = (enrolmentId: number) => attemptRows(t.deps, enrolmentId);

  it('refuses answers after the time limit and closes the attempt as expired', async () => {
    const s = await setup({ ...QUIZ, timeLimitMinutes: 10 });
    const url = await s.start();
    const form = await s.client.get(url);
    assert.match(form.body, /Submit your answers by:/);
    assert.match(form.body, /<time datetime="[^"]+Z">/);
    // Within the grace period the answers still count…
    const [attempt] = await countAttempts(s.enrolment.id);
    await expireAttempt(t.deps, attempt!.id, 60);
    const late = await s.client.post(`${url}/submit`, { _csrf: s.csrf, ...s.rightAnswers() });
    assert.equal(late.statusCode, 409);
    assert.match(late.body, /time limit of this attempt has passed/);
    const [closed] = await countAttempts(s.enrolment.id);
    assert.equal(closed!.status, 'expired');
    assert.equal(Number(closed!.passed), 0);
    const result = await s.client.get(`${url}/result`);
    assert.equal(result.statusCode, 200);
    assert.match(result.body, /Time ran out/);
    // No progress was recorded; a new attempt can start.
    const done = await t.deps.db
      .selectFrom('lesson_progress')
      .selectAll()
      .where('enrolment_id', '=', s.enrolment.id)
      .execute();
    assert.equal(done.length, 0);
    assert.notEqual(await s.start(), url);
  });

  it('accepts answers within the grace period after the deadline', async () => {
    const s = await setup({ ...QUIZ, timeLimitMinutes: 5 });
    const url = await s.start();
    const [attempt] = await countAttempts(s.enrolment.id);
    await expireAttempt(t.deps, attempt!.id, 5);
    const res = await s.client.post(`${url}/submit`, { _csrf: s.csrf, ...s.rightAnswers() });
    assert.equal(res.statusCode, 303);
  });

  it('an open attempt past its deadline is closed when opened, and a new one starts', async () => {
    const s = await setup({ ...QUIZ, timeLimitMinutes: 5 });
    const url = await s.start();
    const [attempt] = await countAttempts(s.enrolment.id);
    await expireAttempt(t.deps, attempt!.id, 120);
    const res = await s.client.get(url);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${url}/result`);
  });

  it('refuses a start when no attempts are left (409)', async () => {
    const s = await setup({ ...QUIZ, maxAttempts: 2 });
    for (let i = 0; i < 2; i++) {
      const url = await s.start();
      await s.client.post(`${url}/submit`, { _csrf: s.csrf });
    }
    const res = await s.client.post(`${s.base}/attempts`, { _csrf: s.csrf });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /You have used all 2 attempts/);
    assert.equal((await countAttempts(s.enrolment.id)).length, 2);
    const home = await s.client.get(s.base);
    assert.doesNotMatch(home.body, /Start a new attempt/);
  });

  it('another learner’s attempt is 404, to see and to answer', async () => {
    const s = await setup();
    const url = await s.start();
    const other = await signInNew(t.app, t.deps);
    await enrol(t.deps, s.run.id, other.official.id);
    const token = await other.client.csrfFrom('/');
    assert.equal((await other.client.get(url)).statusCode, 404);
    assert.equal((await other.client.get(`${url}/result`)).statusCode, 404);
    const res = await other.client.post(`${url}/submit`, { _csrf: token, ...s.rightAnswers() });
    assert.equal(res.statusCode, 404);
    const [attempt] = await countAttempts(s.enrolment.id);
    assert.equal(attempt!.status, 'open');
  });

  it('is only for learners of the run: others get 404, visitors sign in', async () => {
    const s = await setup();
    const stranger = await signInNew(t.app, t.deps);
    assert.equal((await stranger.client.get(s.base)).statusCode, 404);
    const visitor = await new Client(t.app).get(s.base);
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/sign-in\?next=/);
    assert.equal((await s.client.get(`/learn/${s.run.id}/quiz/${s.textLesson}`)).statusCode, 404);
    assert.equal((await s.client.get(`/learn/${s.run.id}/quiz/abc`)).statusCode, 404);
  });

  it('refuses a choice that belongs to another question (400) and keeps the attempt open', async () => {
    const s = await setup();
    const url = await s.start();
    const res = await s.client.post(`${url}/submit`, {
      _csrf: s.csrf,
      [`q${s.questionIds[0]}`]: String(s.choiceIds[1]![0]),
    });
    assert.equal(res.statusCode, 400);
    const [attempt] = await countAttempts(s.enrolment.id);
    assert.equal(attempt!.status, 'open');
  });
});
