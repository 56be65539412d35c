import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { upsertTranslation } from './courses.queries.ts';
import { updateLesson, upsertLessonText } from './lessons.queries.ts';

// Lesson pages, "mark as done", progress and completion, as a learner meets them.

describe('learning in a run', () => {
  let t: TestApp;
  let learner: Client;
  let learnerId: number;
  let stranger: Client;
  let editor: Client;
  let facilitator: Client;
  let courseId: number;
  let lessons: number[][];
  let otherLesson: number;
  let runId: number;

  const post = async (c: Client, url: string, fields: Record<string, string> = {}) =>
    c.post(url, { _csrf: await c.csrfFrom('/'), ...fields });
  const progressRows = (enrolmentId: number) =>
    t.deps.db
      .selectFrom('lesson_progress')
      .selectAll()
      .where('enrolment_id', '=', enrolmentId)
      .execute();
  const enrolmentOf = (run: number, userId: number) =>
    t.deps.db
      .selectFrom('enrolments')
      .selectAll()
      .where('run_id', '=', run)
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();

  before(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.deps, { isPartner: true });
    const author = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: org.id,
    });
    const course = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: author.official.id,
      status: 'published',
      modules: [2, 1],
    });
    courseId = course.id;
    lessons = course.lessonIds;
    // The course is offered in French too; only the first lesson is translated.
    await upsertTranslation(t.deps.db, courseId, {
      language: 'fr',
      title: 'Cours de test',
      summary: '',
      objectives: '',
    });
    await upsertLessonText(t.deps.db, lessons[0]![0]!, {
      language: 'fr',
      title: 'Leçon un',
      body: 'Bonjour **tout le monde** <script>alert(1)</script> [x](javascript:alert(1))',
    });
    await upsertLessonText(t.deps.db, lessons[0]![1]!, {
      language: 'en',
      title: 'Lesson 1.2',
      body: 'Plain English text.',
    });
    const other = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: author.official.id,
      status: 'published',
      modules: [1],
    });
    otherLesson = other.lessonIds[0]![0]!;
    editor = author.client;
    const f = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
    facilitator = f.client;
    runId = (await createRun(t.deps, courseId, { facilitatorIds: [f.official.id] })).id;
    const l = await signInNew(t.app, t.deps);
    learner = l.client;
    learnerId = l.official.id;
    await enrol(t.deps, runId, learnerId);
    stranger = (await signInNew(t.app, t.deps)).client;
  });
  after(() => t.close());

  it('shows the course home with the syllabus, progress and a continue link', async () => {
    const res = await learner.get(`/learn/${runId}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<progress[^>]*max="3"[^>]*value="0"/);
    assert.match(res.body, /Lessons done: 0 of 3/);
    assert.ok(res.body.includes(`href="/learn/${runId}/lessons/${lessons[0]![0]}?lang=en"`));
    assert.ok(res.body.includes('Lesson 2.1'));
  });

  it('shows a lesson in the chosen language, rendered safely, and records the visit', async () => {
    const res = await learner.get(`/learn/${runId}/lessons/${lessons[0]![0]}?lang=fr`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1 lang="fr" dir="ltr">Leçon un<\/h1>/);
    assert.match(res.body, /<strong>tout le monde<\/strong>/);
    assert.ok(!res.body.includes('<script>alert'));
    assert.ok(!res.body.includes('href="javascript:'));
    const enrolment = await enrolmentOf(runId, learnerId);
    assert.equal(enrolment.last_lesson_id, lessons[0]![0]);
    assert.ok(enrolment.last_activity_at);
  });

  it('falls back visibly to another language when a lesson is not translated', async () => {
    const res = await learner.get(`/learn/${runId}/lessons/${lessons[0]![1]}?lang=fr`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /This lesson is not available in French; shown in English\./);
    assert.match(res.body, /<div class="prose">\s*<p>Plain English text\.<\/p>/);
  });

  it('says so, in the interface language, when a lesson is not in that language', async () => {
    learner.cookies.set('lphm_lang', 'fr');
    try {
      const res = await learner.get(`/learn/${runId}/lessons/${lessons[1]![0]}`);
      assert.equal(res.statusCode, 200);
      assert.match(
        res.body,
        /Cette leçon n’est pas disponible en français ; elle est affichée en anglais\./,
      );
      assert.match(res.body, /<h1 lang="en" dir="ltr">Lesson 2\.1<\/h1>/);
      // The course offers French, so its home is shown in French without a note.
      const home = await learner.get(`/learn/${runId}`);
      assert.match(home.body, /<h1>Cours de test<\/h1>/);
      assert.ok(!home.body.includes('Ce cours n’est pas disponible'));
    } finally {
      learner.cookies.delete('lphm_lang');
    }
  });

  it('refuses an unknown content language with a 400', async () => {
    const res = await learner.get(`/learn/${runId}/lessons/${lessons[0]![0]}?lang=xx`);
    assert.equal(res.statusCode, 400);
  });

  it('answers 404, never 500, for runs and lessons the learner may not open', async () => {
    for (const url of [
      `/learn/${runId}/lessons/${otherLesson}`,
      `/learn/${runId}/lessons/999999`,
      `/learn/${runId}/lessons/abc`,
      `/learn/999999`,
      `/learn/abc`,
      `/learn/999999/lessons/${lessons[0]![0]}`,
    ]) {
      const res = await learner.get(url);
      assert.equal(res.statusCode, 404, url);
    }
    const res = await stranger.get(`/learn/${runId}/lessons/${lessons[0]![0]}`);
    assert.equal(res.statusCode, 404);
    assert.match(res.body, /You are not enrolled in this run of the course\./);
    assert.equal(
      (await post(stranger, `/learn/${runId}/lessons/${lessons[0]![0]}/done`)).statusCode,
      404,
    );
    const visitor = await new Client(t.app).get(`/learn/${runId}`);
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/sign-in\?next=/);
  });

  it('lets the course editors and the run facilitators preview, recording nothing', async () => {
    const lesson = lessons[0]![0]!;
    for (const c of [editor, facilitator]) {
      const home = await c.get(`/learn/${runId}`);
      assert.equal(home.statusCode, 200);
      assert.match(home.body, /Preview: you are not enrolled in this run/);
      assert.ok(!home.body.includes('<progress'));
      const page = await c.get(`/learn/${runId}/lessons/${lesson}`);
      assert.equal(page.statusCode, 200);
      assert.ok(!page.body.includes('/done"'));
      assert.equal((await post(c, `/learn/${runId}/lessons/${lesson}/done`)).statusCode, 404);
    }
    const rows = await t.deps.db.selectFrom('enrolments').select('user_id').execute();
    assert.deepEqual(
      rows.map((r) => r.user_id),
      [learnerId],
    );
  });

  it('records a double "mark as done" once and moves on to the next lesson', async () => {
    const url = `/learn/${runId}/lessons/${lessons[0]![0]}/done`;
    const csrf = await learner.csrfFrom('/');
    const [a, b] = await Promise.all([
      learner.post(url, { _csrf: csrf, lang: 'fr' }),
      learner.post(url, { _csrf: csrf, lang: 'fr' }),
    ]);
    for (const res of [a, b]) {
      assert.equal(res.statusCode, 303);
      assert.equal(
        res.headers.location,
        `/learn/${runId}/lessons/${lessons[0]![1]}?lang=fr&done=lessonDone`,
      );
    }
    const { id } = await enrolmentOf(runId, learnerId);
    assert.equal((await progressRows(id)).length, 1);
    const next = await learner.get(String(a.headers.location));
    assert.match(next.body, /Lesson marked as done\./);
  });

  it('continues from the first lesson not done after the last one', async () => {
    const res = await learner.get(`/learn/${runId}`);
    assert.match(res.body, /Lessons done: 1 of 3/);
    assert.ok(
      res.body.includes(`class="button" href="/learn/${runId}/lessons/${lessons[0]![1]}?lang=en"`),
    );
  });

  it('has no "mark as done" for quizzes and refuses one with a 403', async () => {
    const quiz = lessons[1]![0]!;
    await updateLesson(
      t.deps.db,
      quiz,
      { kind: 'quiz', videoUrl: '', isRequired: true },
      new Date().toISOString(),
    );
    const page = await learner.get(`/learn/${runId}/lessons/${quiz}`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(`href="/learn/${runId}/quiz/${quiz}"`));
    assert.ok(!page.body.includes('/done"'));
    assert.equal((await post(learner, `/learn/${runId}/lessons/${quiz}/done`)).statusCode, 403);
    await updateLesson(
      t.deps.db,
      quiz,
      { kind: 'text', videoUrl: '', isRequired: true },
      new Date().toISOString(),
    );
  });

  it('completes the run when every required lesson is done', async () => {
    await post(learner, `/learn/${runId}/lessons/${lessons[0]![1]}/done`);
    const last = await post(learner, `/learn/${runId}/lessons/${lessons[1]![0]}/done`);
    assert.equal(last.statusCode, 303);
    assert.equal(last.headers.location, `/learn/${runId}?done=courseCompleted`);
    const enrolment = await enrolmentOf(runId, learnerId);
    assert.equal(enrolment.status, 'completed');
    const home = await learner.get(String(last.headers.location));
    assert.match(home.body, /you have completed this course/);
    assert.ok(home.body.includes('href="/certificates/mine"'));
  });

  it('completes the run once when the last lesson is marked done twice at once', async () => {
    const other = await signInNew(t.app, t.deps);
    await enrol(t.deps, runId, other.official.id);
    const csrf = await other.client.csrfFrom('/');
    const done = (lessonId: number) =>
      other.client.post(`/learn/${runId}/lessons/${lessonId}/done`, { _csrf: csrf });
    await done(lessons[0]![0]!);
    await done(lessons[0]![1]!);
    const results = await Promise.all([done(lessons[1]![0]!), done(lessons[1]![0]!)]);
    const locations = results.map((r) => String(r.headers.location)).sort();
    assert.deepEqual(locations, [
      `/learn/${runId}?done=courseCompleted`,
      `/learn/${runId}?done=lessonDone`,
    ]);
    const enrolment = await enrolmentOf(runId, other.official.id);
    assert.equal(enrolment.status, 'completed');
    assert.equal((await progressRows(enrolment.id)).length, 3);
  });

  it('lists the run on the dashboard, and suggests the catalogue when there is nothing', async () => {
    const mine = await learner.get('/learning');
    assert.equal(mine.statusCode, 200);
    assert.match(mine.body, /Completed/);
    assert.ok(mine.body.includes(`href="/learn/${runId}"`));
    assert.ok(mine.body.includes('href="/certificates/mine"'));
    const empty = await stranger.get('/learning');
    assert.equal(empty.statusCode, 200);
    assert.ok(empty.body.includes('href="/courses"'));
    assert.match(empty.body, /You are not taking any course yet/);
  });
});
