import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { createTestApp, type Client, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { completeLesson } from './progress.service.ts';

// Revising a published course: edits go live at once, but nothing learners have done is lost.

describe('revising a published course', () => {
  let t: TestApp;
  let editor: Client;
  let course: Awaited<ReturnType<typeof createCourse>>;
  let inProgress: number;
  let finished: number;

  const post = async (url: string, fields: Record<string, string> = {}) =>
    editor.post(url, { _csrf: await editor.csrfFrom('/'), ...fields });
  const enrolment = (id: number) =>
    t.deps.db
      .selectFrom('enrolments')
      .select(['status', 'completed_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const progressOf = async (id: number) =>
    (
      await t.deps.db
        .selectFrom('lesson_progress')
        .select('lesson_id')
        .where('enrolment_id', '=', id)
        .execute()
    ).length;

  before(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.deps, { isPartner: true });
    const e = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: org.id,
    });
    editor = e.client;
    course = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: e.official.id,
      status: 'published',
      modules: [2],
    });
    const run = await createRun(t.deps, course.id);
    inProgress = (await enrol(t.deps, run.id, (await createOfficial(t.deps)).id)).id;
    finished = (await enrol(t.deps, run.id, (await createOfficial(t.deps)).id)).id;
    const [first, second] = course.lessonIds[0]!;
    await completeLesson(t.deps, inProgress, first!);
    await completeLesson(t.deps, finished, first!);
    assert.equal(await completeLesson(t.deps, finished, second!), true);
  });
  after(() => t.close());

  it('keeps progress and completions when lessons are edited and added', async () => {
    const lesson = course.lessonIds[0]![0]!;
    const edited = await post(`/authoring/lessons/${lesson}`, {
      language: 'en',
      title: 'Revised reading',
      body: 'Updated text with 2014 figures.',
      kind: 'text',
      video_url: '',
      is_required: '1',
    });
    assert.equal(edited.statusCode, 303);
    const added = await post(`/authoring/modules/${course.moduleIds[0]}/lessons`, {
      language: 'en',
      title: 'A new lesson',
    });
    assert.equal(added.statusCode, 303);
    assert.equal(await progressOf(inProgress), 1);
    assert.equal((await enrolment(inProgress)).status, 'enrolled');
    // A completed run stays completed: a certificate once earned is never taken back by a revision.
    const done = await enrolment(finished);
    assert.equal(done.status, 'completed');
    assert.ok(done.completed_at);
  });

  it('refuses to delete lessons or modules that learners may have done', async () => {
    const lesson = course.lessonIds[0]![0]!;
    assert.equal((await post(`/authoring/lessons/${lesson}/delete`)).statusCode, 409);
    assert.equal((await post(`/authoring/modules/${course.moduleIds[0]}/delete`)).statusCode, 409);
    assert.equal(await progressOf(inProgress), 1);
    assert.equal(await progressOf(finished), 2);
  });

  it('asks the learners still in progress for the lesson that was added', async () => {
    const [first, second] = course.lessonIds[0]!;
    assert.equal(await completeLesson(t.deps, inProgress, second!), false);
    const added = await t.deps.db
      .selectFrom('lessons')
      .select('id')
      .where('module_id', '=', course.moduleIds[0]!)
      .where('id', 'not in', [first!, second!])
      .executeTakeFirstOrThrow();
    assert.equal(await completeLesson(t.deps, inProgress, added.id), true);
    assert.equal((await enrolment(inProgress)).status, 'completed');
  });
});
