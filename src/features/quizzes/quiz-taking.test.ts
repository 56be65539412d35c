import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { attemptRows, type QuizDefinition } from '../../../test/factories/quizzes.ts';
import { learnerWithQuiz } from '../../../test/support/quiz-learner.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import { completeLesson } from '../courses/progress.service.ts';

// Taking a quiz over HTTP: every question kind graded on the server, the result explained, one
// attempt per double submission or double start, and completion of the lesson and the run.

describe('taking a quiz', () => {
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

  it('shows the quiz, starts an attempt with a plain form, grades it and explains the result', async () => {
    const s = await setup();
    const home = await s.client.get(s.base);
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /Pass mark: 60%/);
    const attemptUrl = await s.start();
    assert.match(attemptUrl, new RegExp(`^${s.base}/attempts/\\d+$`));
    const form = await s.client.get(attemptUrl);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /type="radio"/);
    assert.match(form.body, /type="checkbox"/);
    assert.match(form.body, />True</);
    const res = await s.client.post(`${attemptUrl}/submit`, { _csrf: s.csrf, ...s.rightAnswers() });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${attemptUrl}/result`);
    const result = await s.client.get(`${attemptUrl}/result`);
    assert.equal(result.statusCode, 200);
    assert.match(result.body, /Passed/);
    assert.match(result.body, /5 of 5 points/);
    assert.match(result.body, /Yes: the host city\./);
    assert.match(result.body, /<strong>Antwerp<\/strong>/);
    // The lesson is done; the run is not complete while the text lesson is left.
    const progress = await t.deps.db
      .selectFrom('lesson_progress')
      .selectAll()
      .where('enrolment_id', '=', s.enrolment.id)
      .execute();
    assert.deepEqual(
      progress.map((p) => p.lesson_id),
      [s.quizLesson],
    );
  });

  it('scores wrong answers per question and fails below the pass mark', async () => {
    const s = await setup();
    const url = await s.start();
    const res = await s.client.post(`${url}/submit`, {
      _csrf: s.csrf,
      [`q${s.questionIds[0]}`]: String(s.choiceIds[0]![0]), // wrong (2 points)
      [`q${s.questionIds[1]}`]: [String(s.choiceIds[1]![0])], // half the set: nothing
      [`q${s.questionIds[2]}`]: String(s.choiceIds[2]![0]), // right (1)
      [`q${s.questionIds[3]}`]: 'belgïum', // accents count: wrong
    });
    assert.equal(res.statusCode, 303);
    const [attempt] = await countAttempts(s.enrolment.id);
    assert.equal(attempt!.status, 'submitted');
    assert.equal(Number(attempt!.points), 1);
    assert.equal(Number(attempt!.score), 20);
    assert.equal(Number(attempt!.passed), 0);
    const result = await s.client.get(`${url}/result`);
    assert.match(result.body, /Not passed/);
    assert.match(result.body, /Durban sent participants\./);
  });

  it('passing the last required lesson completes the run', async () => {
    const s = await setup();
    await completeLesson(t.deps, s.enrolment.id, s.textLesson);
    const url = await s.start();
    await s.client.post(`${url}/submit`, { _csrf: s.csrf, ...s.rightAnswers() });
    const row = await t.deps.db
      .selectFrom('enrolments')
      .select(['status', 'completed_at'])
      .where('id', '=', s.enrolment.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'completed');
    assert.ok(row.completed_at);
  });

  it('a double submission (parallel) records one attempt and shows the same result', async () => {
    const s = await setup();
    const url = await s.start();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        s.client.post(`${url}/submit`, { _csrf: s.csrf, ...s.rightAnswers() }),
      ),
    );
    assert.deepEqual(
      responses.map((r) => r.statusCode),
      Array(6).fill(303),
    );
    assert.equal(new Set(responses.map((r) => r.headers.location)).size, 1);
    const attempts = await countAttempts(s.enrolment.id);
    assert.equal(attempts.length, 1);
    assert.equal(attempts[0]!.status, 'submitted');
    // A late retry with other answers changes nothing.
    await s.client.post(`${url}/submit`, { _csrf: s.csrf, [`q${s.questionIds[3]}`]: 'x' });
    const [again] = await countAttempts(s.enrolment.id);
    assert.equal(Number(again!.score), 100);
  });

  it('two concurrent starts make one open attempt, which is resumed', async () => {
    const s = await setup();
    const urls = await Promise.all(Array.from({ length: 5 }, () => s.start()));
    assert.equal(new Set(urls).size, 1);
    assert.equal((await countAttempts(s.enrolment.id)).length, 1);
    assert.equal(await s.start(), urls[0]);
  });

  it('shows the quiz in the learner’s language, with the interface’s true/false', async () => {
    const s = await setup({
      questions: [
        {
          kind: 'true_false',
          prompt: { en: 'Antwerp is in Belgium.', fr: 'Anvers est en Belgique.' },
          choices: [{ correct: true }, { correct: false }],
        },
      ],
    });
    const url = await s.start();
    const fr = await signIn(t.app, s.official);
    await fr.get('/language/fr?next=/');
    const page = await fr.get(url);
    assert.match(page.body, /Anvers est en Belgique\./);
    assert.match(page.body, />Vrai</);
    // Plural forms: Arabic and Russian have several, and none falls back to English.
    await s.client.post(`${url}/submit`, { _csrf: s.csrf });
    for (const [lang, words] of [
      ['ar', /نتيجتك: 0.*النقاط: 0 من 1[^]*السؤال 1: النقاط 0 من 1/],
      ['ru', /Ваш результат: 0.*из 1[^]*Вопрос 1: набрано баллов — 0 из 1/],
    ] as const) {
      await fr.get(`/language/${lang}?next=/`);
      const result = await fr.get(`${url}/result`);
      assert.match(result.body, words);
      assert.doesNotMatch(result.body, /Your score|points/);
    }
  });
});
