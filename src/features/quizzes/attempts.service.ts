import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { parseId } from '../courses/courses.schema.ts';
import * as a from './attempts.queries.ts';
import { attemptsLeft, isPastDeadline, isTakeable, ownsAttempt } from './quizzes.policy.ts';
import { loadLearnerQuiz, type LearnerQuiz } from './quizzes.service.ts';

// What learners see of their attempts, and the one place an attempt whose time is up is closed.

export type { Attempt } from './attempts.queries.ts';

/**
 * Closes an open attempt whose time is up as expired (failed, nothing earned); returns the attempt
 * as it now stands. Several requests may race here: one closes it, all see it closed.
 */
export async function closeIfExpired(
  deps: Deps,
  attempt: a.Attempt,
  now: Date,
): Promise<a.Attempt> {
  if (attempt.status !== 'open' || !isPastDeadline(attempt.deadlineAt, now)) return attempt;
  await a.closeAttempt(
    deps.db,
    attempt.id,
    { status: 'expired', score: 0, points: 0, maxPoints: 0, passed: false, answers: [] },
    nowIso(now),
  );
  return (await a.selectAttempt(deps.db, attempt.id)) ?? attempt;
}

/** The learner's quiz and one of their own attempts at it; anyone else's attempt is 404. */
export async function loadOwnAttempt(
  deps: Deps,
  actor: Actor | null,
  params: { run: string; lesson: string; attempt: string },
  now: Date,
): Promise<LearnerQuiz & { attempt: a.Attempt }> {
  const quiz = await loadLearnerQuiz(deps, actor, params.run, params.lesson);
  const attemptId = parseId(params.attempt);
  const found = attemptId === null ? undefined : await a.selectAttempt(deps.db, attemptId);
  if (!found || !ownsAttempt(found, quiz.enrolment.enrolmentId, quiz.lesson.lessonId))
    throw new AppError('NOT_FOUND', 'quizzes.errors.attemptNotFound');
  return { ...quiz, attempt: await closeIfExpired(deps, found, now) };
}

/** The quiz's home for a learner: introduction, settings, past attempts and what is left. */
export async function getQuizHome(
  deps: Deps,
  actor: Actor | null,
  params: { run: string; lesson: string },
  now = new Date(),
) {
  const quiz = await loadLearnerQuiz(deps, actor, params.run, params.lesson);
  const attempts = await Promise.all(
    (await a.selectAttempts(deps.db, quiz.enrolment.enrolmentId, quiz.lesson.lessonId)).map((x) =>
      closeIfExpired(deps, x, now),
    ),
  );
  return {
    ...quiz,
    attempts,
    open: attempts.find((x) => x.status === 'open'),
    left: attemptsLeft(quiz.settings.maxAttempts, attempts.length),
    passed: attempts.some((x) => x.passed),
    takeable: isTakeable(quiz.questions),
  };
}
