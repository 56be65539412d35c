import { canDeleteContent } from '../courses/courses.policy.ts';

// Who may do what with a quiz and its attempts. Pure functions: the services ask them first.

/** How long after the deadline answers are still taken, for the network's sake. */
export const GRACE_MS = 30_000;

/** Questions and choices are deleted only while the course is a draft (learners never lose one). */
export function canDeleteQuizContent(course: { status: string }): boolean {
  return canDeleteContent(course);
}

/** Attempts the learner has left; null when the quiz allows any number. */
export function attemptsLeft(maxAttempts: number | null, used: number): number | null {
  return maxAttempts === null ? null : Math.max(0, maxAttempts - used);
}

/** Whether an attempt's time is up (with the grace period) at the given instant. */
export function isPastDeadline(deadlineAt: string | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() > new Date(deadlineAt).getTime() + GRACE_MS;
}

/** The attempt is the learner's own: another learner's attempt id names nothing for them. */
export function ownsAttempt(
  attempt: { enrolmentId: number; lessonId: number },
  enrolmentId: number,
  lessonId: number,
): boolean {
  return attempt.enrolmentId === enrolmentId && attempt.lessonId === lessonId;
}

/**
 * A quiz can be taken once it has a question and every question can be answered right: a choice
 * question has a right choice, a short-text question an accepted answer.
 */
export function isTakeable(
  questions: Array<{ kind: string; choices: Array<{ isCorrect: boolean }>; accepted: string[] }>,
): boolean {
  return (
    questions.length > 0 &&
    questions.every((q) =>
      q.kind === 'short_text' ? q.accepted.length > 0 : q.choices.some((c) => c.isCorrect),
    )
  );
}
