import type { Deps } from '../../src/deps.ts';
import {
  upsertAssignment,
  type AssignmentSettings,
} from '../../src/features/assignments/assignments.queries.ts';
import { updateLesson } from '../../src/features/courses/lessons.queries.ts';
import { createCourse } from './courses.ts';
import { createOfficial, type CreatedOfficial } from './officials.ts';
import { createOrganisation } from './organisations.ts';
import { createRun, enrol } from './runs.ts';

/** Sets an assignment lesson's settings directly. */
export async function setAssignment(
  deps: Deps,
  lessonId: number,
  settings: Partial<AssignmentSettings> = {},
): Promise<void> {
  await upsertAssignment(
    deps.db,
    lessonId,
    {
      acceptsText: true,
      acceptsFile: true,
      deadlineAt: null,
      maxScore: 100,
      passMark: 50,
      maxFileBytes: deps.config.UPLOAD_LIMIT_BYTES,
      ...settings,
    },
    new Date().toISOString(),
  );
}

export interface AssignmentRun {
  courseId: number;
  runId: number;
  /** The course's only required lesson: an assignment. */
  lessonId: number;
  /** A text lesson of the course, for "not an assignment" cases. */
  textLessonId: number;
  editor: CreatedOfficial;
  facilitator: CreatedOfficial;
  learner: CreatedOfficial;
  enrolmentId: number;
}

/**
 * A published course of two lessons (the second an assignment, the only required one), a run
 * facilitated by a new facilitator (or the one given), and a learner enrolled in it.
 */
export async function createAssignmentRun(
  deps: Deps,
  options: {
    facilitator?: CreatedOfficial;
    learner?: CreatedOfficial;
    settings?: Partial<AssignmentSettings>;
  } = {},
): Promise<AssignmentRun> {
  const org = await createOrganisation(deps, { kind: 'un_agency', isPartner: true });
  const editor = await createOfficial(deps, {
    roles: ['partner_editor'],
    organisationId: org.id,
    partnerOrganisationId: org.id,
  });
  const course = await createCourse(deps, {
    organisationId: org.id,
    createdBy: editor.id,
    status: 'published',
    modules: [2],
  });
  const [textLessonId, lessonId] = course.lessonIds[0] as [number, number];
  const now = new Date().toISOString();
  await updateLesson(deps.db, textLessonId, { kind: 'text', videoUrl: '', isRequired: false }, now);
  await updateLesson(
    deps.db,
    lessonId,
    { kind: 'assignment', videoUrl: '', isRequired: true },
    now,
  );
  if (options.settings) await setAssignment(deps, lessonId, options.settings);
  const facilitator =
    options.facilitator ?? (await createOfficial(deps, { roles: ['facilitator'] }));
  const learner =
    options.learner ??
    (await createOfficial(deps, { name: 'Amina Learner', preferredLanguage: 'fr' }));
  const run = await createRun(deps, course.id, { facilitatorIds: [facilitator.id] });
  const enrolment = await enrol(deps, run.id, learner.id);
  return {
    courseId: course.id,
    runId: run.id,
    lessonId,
    textLessonId,
    editor,
    facilitator,
    learner,
    enrolmentId: enrolment.id,
  };
}
