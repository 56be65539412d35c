import type { Actor } from '../accounts/actor.ts';
import { canEditCourse } from './courses.policy.ts';

// What a learner may do in a run. Pure functions: the learning services ask them first.

/** Lessons a learner marks as done; quizzes and assignments are done when passed or graded. */
export const MARKABLE_KINDS: readonly string[] = ['text', 'video', 'document'];

export function canMarkDone(lesson: { kind: string }): boolean {
  return MARKABLE_KINDS.includes(lesson.kind);
}

/** A cancelled run has no lessons to follow. */
export function canLearnIn(run: { status: string }): boolean {
  return run.status !== 'cancelled';
}

/** The enrolments a learner's dashboard lists: learning, done, or waiting for a place. */
export const DASHBOARD_STATUSES = ['enrolled', 'completed', 'waitlisted', 'applied'] as const;

/** Enrolments whose lessons the learner may open (matches requireLearnerEnrolment). */
export function isLearning(status: string): boolean {
  return status === 'enrolled' || status === 'completed';
}

/**
 * Who may open a run's lessons without being enrolled, to see them as learners do (nothing is
 * recorded): the run's facilitators and the course's editors (coordinators included).
 */
export function canPreview(
  actor: Actor,
  run: { isFacilitator: boolean; organisationId: number },
): boolean {
  return run.isFacilitator || canEditCourse(actor, run);
}
