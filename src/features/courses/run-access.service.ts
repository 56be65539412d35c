import { isCoordinator, requireActor, type Actor } from '../accounts/actor.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import {
  lessonInCourse,
  selectEnrolment,
  selectRunFor,
  type EnrolmentRef,
  type RunRef,
} from './run-access.queries.ts';

// Who may learn in a run and who may facilitate it: lessons, quizzes, assignments, the cohort view
// and certificates all ask here first.

const LEARNING = new Set(['enrolled', 'completed']);

/** The actor's own enrolment in the run, if they are enrolled (or have completed it); else 404. */
export async function requireLearnerEnrolment(
  deps: Deps,
  actor: Actor | null,
  runId: number,
): Promise<EnrolmentRef> {
  const official = requireActor(actor);
  const enrolment = await selectEnrolment(deps.db, runId, official.id);
  if (!enrolment || !LEARNING.has(enrolment.status))
    throw new AppError('NOT_FOUND', 'courses.errors.notEnrolled');
  return enrolment;
}

/** Whether the actor may see the run's cohort and grade: its facilitators and coordinators. */
export function canFacilitate(actor: Actor | null, run: RunRef): boolean {
  return actor !== null && (run.isFacilitator || isCoordinator(actor));
}

/** The run, if the actor facilitates it (or coordinates); 404 if it does not exist, else 403. */
export async function requireFacilitation(
  deps: Deps,
  actor: Actor | null,
  runId: number,
): Promise<RunRef> {
  const official = requireActor(actor);
  const run = await selectRunFor(deps.db, runId, official.id);
  if (!run) throw new AppError('NOT_FOUND', 'courses.errors.runNotFound');
  if (!canFacilitate(official, run))
    throw new AppError('FORBIDDEN', 'courses.errors.notFacilitator');
  return run;
}

/** 404 unless the lesson is part of the course (checked before any lesson is shown or recorded). */
export async function requireLessonOfCourse(
  deps: Deps,
  lessonId: number,
  courseId: number,
): Promise<void> {
  if (!(await lessonInCourse(deps.db, lessonId, courseId)))
    throw new AppError('NOT_FOUND', 'courses.errors.lessonNotFound');
}

/** The run as seen by the actor (whether they facilitate it), or undefined if there is none. */
export async function findRunRef(
  deps: Deps,
  actor: Actor | null,
  runId: number,
): Promise<RunRef | undefined> {
  return selectRunFor(deps.db, runId, actor?.id ?? 0);
}
