import { isUniqueViolation, nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { recordActivity } from '../courses/progress.service.ts';
import * as a from './attempts.queries.ts';
import { closeIfExpired, loadOwnAttempt } from './attempts.service.ts';
import { shuffleFor } from './quizzes.grading.ts';
import { attemptsLeft, isTakeable } from './quizzes.policy.ts';
import { loadLearnerQuiz } from './quizzes.service.ts';

// Starting (or resuming) an attempt, and the form of an open one.

/**
 * Starts attempt n+1, or resumes the learner's open attempt while its time lasts. Two concurrent
 * starts cannot make two attempts: the number is unique, and the request that loses resumes the
 * winner's. Out of attempts is a 409.
 */
export async function startAttempt(
  deps: Deps,
  actor: Actor | null,
  params: { run: string; lesson: string },
  now = new Date(),
): Promise<{ attemptId: number }> {
  const quiz = await loadLearnerQuiz(deps, actor, params.run, params.lesson);
  const { enrolmentId } = quiz.enrolment;
  const { lessonId } = quiz.lesson;
  if (!isTakeable(quiz.questions)) throw new AppError('CONFLICT', 'quizzes.errors.notReady');
  const attempts = await a.selectAttempts(deps.db, enrolmentId, lessonId);
  const open = attempts.find((x) => x.status === 'open');
  if (open && (await closeIfExpired(deps, open, now)).status === 'open')
    return { attemptId: open.id };
  const max = quiz.settings.maxAttempts;
  if (attemptsLeft(max, attempts.length) === 0)
    throw new AppError('CONFLICT', 'quizzes.errors.noAttemptsLeft', {
      values: { count: max ?? 0 },
    });
  const minutes = quiz.settings.timeLimitMinutes;
  try {
    const attemptId = await a.insertAttempt(
      deps.db,
      {
        enrolmentId,
        lessonId,
        number: attempts.length + 1,
        deadlineAt: minutes === null ? null : nowIso(new Date(now.getTime() + minutes * 60_000)),
      },
      nowIso(now),
    );
    await recordActivity(deps, enrolmentId, lessonId);
    return { attemptId };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // Another request started this attempt a moment ago: resume it.
    const again = await a.selectAttempts(deps.db, enrolmentId, lessonId);
    const theirs = again.find((x) => x.status === 'open');
    if (theirs) return { attemptId: theirs.id };
    throw new AppError('CONFLICT', 'quizzes.errors.tryAgain');
  }
}

/** An open attempt's questions, in the attempt's order; a closed attempt has none to answer. */
export async function getAttemptForm(
  deps: Deps,
  actor: Actor | null,
  params: { run: string; lesson: string; attempt: string },
  now = new Date(),
) {
  const found = await loadOwnAttempt(deps, actor, params, now);
  const { attempt, settings } = found;
  const questions = settings.shuffle
    ? shuffleFor(found.questions, attempt.id).map((q) => ({
        ...q,
        choices: q.kind === 'true_false' ? q.choices : shuffleFor(q.choices, attempt.id + q.id),
      }))
    : found.questions;
  return { ...found, questions };
}
