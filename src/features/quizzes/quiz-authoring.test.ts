import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createQuiz } from '../../../test/factories/quizzes.ts';
import { createTestApp, type Client, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { selectQuestions } from './quizzes.queries.ts';

// The quiz editor: settings, questions and choices per content language, reordering, deleting
// only in drafts, and access for the course's editors only.

describe('authoring a quiz', () => {
  let t: TestApp;
  let editor: Client;
  let csrf: string;
  let organisationId: number;
  let editorId: number;

  before(async () => {
    t = await createTestApp();
    organisationId = (await createOrganisation(t.deps, { isPartner: true })).id;
    const signedIn = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      organisationId,
    });
    editor = signedIn.client;
    editorId = signedIn.official.id;
    csrf = await editor.csrfFrom('/');
  });
  after(() => t.close());

  /** A course of the editor's organisation with one lesson made a quiz (no questions yet). */
  async function quizLesson(status: 'draft' | 'published' = 'draft') {
    const course = await createCourse(t.deps, {
      organisationId,
      createdBy: editorId,
      status,
      modules: [1],
    });
    const lessonId = course.lessonIds[0]![0]!;
    await createQuiz(t.deps, lessonId, { questions: [] });
    return { lessonId, url: `/authoring/lessons/${lessonId}/quiz` };
  }

  const post = (url: string, fields: Record<string, string>) =>
    editor.post(url, { _csrf: csrf, ...fields });

  async function addQuestion(url: string, kind: string, prompt: string, language = 'en') {
    const res = await post(`${url}/questions`, { language, kind, prompt, points: '2' });
    assert.equal(res.statusCode, 303, res.body);
  }

  it('saves settings, and re-shows bad settings with the input kept and the field named', async () => {
    const { lessonId, url } = await quizLesson();
    const page = await editor.get(url);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /aria-labelledby="quiz-languages"/);
    const ok = await post(url, {
      language: 'en',
      pass_mark: '80',
      max_attempts: '3',
      time_limit_minutes: '',
      shuffle: '1',
    });
    assert.equal(ok.statusCode, 303);
    assert.match(String(ok.headers.location), /done=settingsSaved/);
    const row = await t.deps.db
      .selectFrom('quizzes')
      .selectAll()
      .where('lesson_id', '=', lessonId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.pass_mark, row.max_attempts, row.time_limit_minutes, row.shuffle].map((v) =>
        v === null ? null : Number(v),
      ),
      [80, 3, null, 1],
    );
    const bad = await post(url, { language: 'en', pass_mark: '150', max_attempts: 'x' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Enter a pass mark from 0 to 100/);
    assert.match(bad.body, /href="#field-settings-pass_mark"/);
    assert.match(bad.body, /id="field-settings-pass_mark"[^>]*value="150"/);
  });

  it('builds a single-choice question with one right choice, in two languages', async () => {
    const { lessonId, url } = await quizLesson();
    await addQuestion(url, 'single', 'Which city hosted the first course?');
    let [question] = await selectQuestions(t.deps.db, lessonId);
    const choicesUrl = `/authoring/quiz-questions/${question!.id}/choices`;
    for (const [label, right] of [
      ['Antwerp', '1'],
      ['Durban', '1'],
    ] as const)
      assert.equal(
        (await post(choicesUrl, { language: 'en', label, feedback: '', is_correct: right }))
          .statusCode,
        303,
      );
    [question] = await selectQuestions(t.deps.db, lessonId);
    // Single choice: marking Durban right made Antwerp wrong.
    assert.deepEqual(
      question!.choices.map((c) => c.isCorrect),
      [false, true],
    );
    const antwerp = question!.choices[0]!;
    const fixed = await post(`/authoring/quiz-choices/${antwerp.id}`, {
      language: 'fr',
      label: 'Anvers',
      feedback: 'Oui : la ville hôte.',
      is_correct: '1',
    });
    assert.equal(fixed.statusCode, 303);
    assert.match(String(fixed.headers.location), /lang=fr/);
    await post(`/authoring/quiz-questions/${question!.id}`, {
      language: 'fr',
      prompt: 'Quelle ville a accueilli le premier cours ?',
      explanation: '',
      points: '3',
      accepted: '',
    });
    [question] = await selectQuestions(t.deps.db, lessonId);
    assert.deepEqual(
      question!.choices.map((c) => c.isCorrect),
      [true, false],
    );
    assert.equal(question!.choices[0]!.texts.fr?.label, 'Anvers');
    assert.equal(question!.texts.fr?.prompt, 'Quelle ville a accueilli le premier cours ?');
    assert.equal(question!.points, 3);
    const fr = await editor.get(`${url}?lang=fr`);
    assert.match(fr.body, /Quelle ville a accueilli le premier cours \?/);
    const missingLabel = await post(choicesUrl, { language: 'en', label: '  ', feedback: 'x' });
    assert.equal(missingLabel.statusCode, 400);
    assert.match(missingLabel.body, new RegExp(`field-nc${question!.id}-label`));
    assert.match(missingLabel.body, /feedback[^>]*>x</);
  });

  it('gives true/false questions their two fixed choices and short-text questions distinct answers as written', async () => {
    const { lessonId, url } = await quizLesson();
    await addQuestion(url, 'true_false', 'Antwerp is in Belgium.');
    await addQuestion(url, 'short_text', 'Name the museum.');
    const [tf, short] = await selectQuestions(t.deps.db, lessonId);
    assert.equal(tf!.choices.length, 2);
    const extra = await post(`/authoring/quiz-questions/${tf!.id}/choices`, {
      language: 'en',
      label: 'Maybe',
    });
    assert.equal(extra.statusCode, 409);
    const del = await post(`/authoring/quiz-choices/${tf!.choices[0]!.id}/delete`, {});
    assert.equal(del.statusCode, 409);
    const none = await post(`/authoring/quiz-questions/${short!.id}`, {
      language: 'en',
      prompt: 'Name the museum.',
      points: '1',
      accepted: '  ',
    });
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /Enter at least one accepted answer/);
    await post(`/authoring/quiz-questions/${short!.id}`, {
      language: 'en',
      prompt: 'Name the museum.',
      points: '1',
      accepted: 'Red Star Line\n  RED   STAR line \nＭｕｓéｅ Red Star Line',
    });
    const [, saved] = await selectQuestions(t.deps.db, lessonId);
    // Kept as first written, one per normalised form (full-width letters fold to plain ones).
    assert.deepEqual(saved!.accepted.sort(), ['Red Star Line', 'Ｍｕｓéｅ Red Star Line']);
  });

  it('adds questions sent at the same moment, each at a place of its own', async () => {
    const { lessonId, url } = await quizLesson();
    await Promise.all(['A', 'B', 'C', 'D'].map((p) => addQuestion(url, 'single', p)));
    const questions = await selectQuestions(t.deps.db, lessonId);
    assert.deepEqual(
      questions.map((q) => q.position),
      [1, 2, 3, 4],
    );
  });

  it('reorders questions and choices, and refuses to move past either end', async () => {
    const { lessonId, url } = await quizLesson();
    await addQuestion(url, 'single', 'First');
    await addQuestion(url, 'multiple', 'Second');
    const [first, second] = await selectQuestions(t.deps.db, lessonId);
    const up = await post(`/authoring/quiz-questions/${first!.id}/move`, { direction: 'up' });
    assert.equal(up.statusCode, 400);
    const down = await post(`/authoring/quiz-questions/${first!.id}/move`, { direction: 'down' });
    assert.equal(down.statusCode, 303);
    const after = await selectQuestions(t.deps.db, lessonId);
    assert.deepEqual(
      after.map((q) => q.id),
      [second!.id, first!.id],
    );
    for (const label of ['A', 'B'])
      await post(`/authoring/quiz-questions/${second!.id}/choices`, { language: 'en', label });
    const [withChoices] = await selectQuestions(t.deps.db, lessonId);
    const [a] = withChoices!.choices;
    await post(`/authoring/quiz-choices/${a!.id}/move`, { direction: 'down' });
    const [moved] = await selectQuestions(t.deps.db, lessonId);
    assert.deepEqual(
      moved!.choices.map((c) => c.texts.en?.label),
      ['B', 'A'],
    );
  });

  it('deletes questions and choices only while the course is a draft', async () => {
    const draft = await quizLesson('draft');
    await addQuestion(draft.url, 'single', 'Gone soon');
    await addQuestion(draft.url, 'single', 'Stays');
    const [gone, stays] = await selectQuestions(t.deps.db, draft.lessonId);
    const res = await post(`/authoring/quiz-questions/${gone!.id}/delete`, { language: 'en' });
    assert.equal(res.statusCode, 303);
    const left = await selectQuestions(t.deps.db, draft.lessonId);
    assert.deepEqual(
      left.map((q) => [q.id, q.position]),
      [[stays!.id, 1]],
    );
    const published = await quizLesson('published');
    await addQuestion(published.url, 'single', 'Learners may have answered this');
    const [kept] = await selectQuestions(t.deps.db, published.lessonId);
    const refused = await post(`/authoring/quiz-questions/${kept!.id}/delete`, {});
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /only while the course is a draft/);
  });

  it('is for the course’s editors only: others get 404 to look and 403 to change', async () => {
    const { lessonId, url } = await quizLesson();
    await addQuestion(url, 'single', 'Private');
    const [question] = await selectQuestions(t.deps.db, lessonId);
    const otherOrg = (await createOrganisation(t.deps, { isPartner: true })).id;
    const other = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      organisationId: otherOrg,
    });
    const token = await other.client.csrfFrom('/');
    assert.equal((await other.client.get(url)).statusCode, 404);
    const changed = await other.client.post(`/authoring/quiz-questions/${question!.id}`, {
      _csrf: token,
      language: 'en',
      prompt: 'Hijacked',
      points: '1',
    });
    assert.equal(changed.statusCode, 403);
    const learner = await signInNew(t.app, t.deps);
    assert.equal((await learner.client.get(url)).statusCode, 403);
    const [unchanged] = await selectQuestions(t.deps.db, lessonId);
    assert.equal(unchanged!.texts.en?.prompt, 'Private');
    // A lesson that is not a quiz has no quiz page.
    const text = await createCourse(t.deps, { organisationId, createdBy: editorId, modules: [1] });
    assert.equal(
      (await editor.get(`/authoring/lessons/${text.lessonIds[0]![0]}/quiz`)).statusCode,
      404,
    );
  });
});
