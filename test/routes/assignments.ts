import { upsertSubmission } from '../../src/features/assignments/assignments.queries.ts';
import { storeUpload } from '../../src/files/index.ts';
import { acceptUpload } from '../../src/files/upload.ts';
import { setAssignment } from '../factories/assignments.ts';
import { createCourse } from '../factories/courses.ts';
import { incomingFile, smallPng } from '../factories/files.ts';
import { createRun, enrol } from '../factories/runs.ts';
import { updateLesson } from '../../src/features/courses/lessons.queries.ts';
import type { ActorKind, RouteRow, SetupContext } from './types.ts';

// Assignments: a course of the Table Partner whose only lesson is an assignment, a run that the
// table's facilitator facilitates, and the table's learner enrolled with a submission (text and
// a PNG). Only the learner reaches the learner pages (everyone else is not enrolled: 404).

export async function setup(ctx: SetupContext): Promise<void> {
  const { deps, officials } = ctx;
  const course = await createCourse(deps, {
    organisationId: ctx.organisationId,
    createdBy: officials.partner_editor.id,
    status: 'published',
    modules: [1],
  });
  const lessonId = course.lessonIds[0]![0]!;
  const now = new Date().toISOString();
  await updateLesson(
    deps.db,
    lessonId,
    { kind: 'assignment', videoUrl: '', isRequired: true },
    now,
  );
  await setAssignment(deps, lessonId);
  const run = await createRun(deps, course.id, { facilitatorIds: [officials.facilitator.id] });
  const enrolment = await enrol(deps, run.id, officials.learner.id);
  const upload = await acceptUpload(incomingFile('table.png', smallPng()), 1_000_000);
  const file = await storeUpload(deps.db, upload);
  await upsertSubmission(
    deps.db,
    {
      runId: run.id,
      lessonId,
      enrolmentId: enrolment.id,
      text: 'Table answer',
      file: { id: file.id, name: upload.name },
    },
    now,
  );
  const submission = await deps.db
    .selectFrom('assignment_submissions')
    .select('id')
    .where('enrolment_id', '=', enrolment.id)
    .executeTakeFirstOrThrow();
  ctx.values[':asglesson'] = String(lessonId);
  ctx.values[':asgrun'] = String(run.id);
  ctx.values[':asgsubmission'] = String(submission.id);
}

const expect = (
  anonymous: number,
  [learner, facilitator, partner_editor, coordinator, admin]: number[],
): Record<ActorKind, number> => ({
  anonymous,
  learner: learner!,
  facilitator: facilitator!,
  partner_editor: partner_editor!,
  coordinator: coordinator!,
  admin: admin!,
});

const settings = '/authoring/lessons/:id/assignment';
const learn = '/learn/:run/assignment/:lesson';
const queue = '/facilitate/runs/:run/submissions';
const one = '/facilitate/runs/:run/submissions/:submission';
const mine = '/learn/:asgrun/assignment/:asglesson';
const theirs = '/facilitate/runs/:asgrun/submissions/:asgsubmission';
const settingsForm = {
  accepts_text: '1',
  accepts_file: '1',
  deadline: '',
  max_score: '100',
  pass_mark: '50',
  max_file_mb: '10',
};

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: settings,
    url: '/authoring/lessons/:asglesson/assignment',
    expect: expect(303, [403, 403, 200, 200, 200]),
  },
  {
    method: 'POST',
    route: settings,
    url: '/authoring/lessons/:asglesson/assignment',
    form: settingsForm,
    expect: expect(401, [403, 403, 303, 303, 303]),
  },
  { method: 'GET', route: learn, url: mine, expect: expect(303, [200, 404, 404, 404, 404]) },
  {
    method: 'POST',
    route: `${learn}/submit`,
    url: `${mine}/submit`,
    form: { text: 'Route table answer' },
    expect: expect(401, [303, 404, 404, 404, 404]),
  },
  {
    method: 'GET',
    route: `${learn}/file`,
    url: `${mine}/file`,
    expect: expect(303, [200, 404, 404, 404, 404]),
  },
  {
    method: 'GET',
    route: queue,
    url: '/facilitate/runs/:asgrun/submissions',
    expect: expect(303, [403, 200, 403, 200, 200]),
  },
  { method: 'GET', route: one, url: theirs, expect: expect(303, [403, 200, 403, 200, 200]) },
  {
    method: 'GET',
    route: `${one}/file`,
    url: `${theirs}/file`,
    expect: expect(303, [403, 200, 403, 200, 200]),
  },
  {
    method: 'POST',
    route: `${one}/grade`,
    url: `${theirs}/grade`,
    form: { score: '101', feedback: '' },
    expect: expect(401, [403, 400, 403, 400, 400]),
  },
  // The facilitator grades; the coordinator's and admin's different grades come too late (409).
  {
    method: 'POST',
    route: `${one}/grade`,
    url: `${theirs}/grade`,
    form: { score: '80', feedback: 'Well done.' },
    expect: expect(401, [403, 303, 403, 409, 409]),
  },
];
