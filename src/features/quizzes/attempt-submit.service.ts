import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { completeLesson } from '../courses/progress.service.ts';
import { closeAttempt } from './attempts.queries.ts';
import { loadOwnAttempt } from './attempts.service.ts';
import { gradeAttempt, type GivenAnswer } from './quizzes.grading.ts';
import type { QuestionRow } from './quizzes.queries.ts';

// Submitting an attempt, graded on the server, and its result.

type Params = { run: string; lesson: string; attempt: string };

const badAnswer = () => new AppError('VALIDATION', 'quizzes.errors.badAnswer');

/** The submitted answers checked against the questions: a choice must belong to its question. */
function givenAnswers(questions: QuestionRow[], raw: Map<number, string[]>) {
  const given = new Map<number, GivenAnswer>();
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const [questionId, values] of raw) {
    const question = byId.get(questionId);
    if (!question) throw badAnswer();
    if (question.kind === 'short_text') {
      if (values.length > 1) throw badAnswer();
      given.set(questionId, { choiceIds: [], text: values[0] ?? '' });
      continue;
    }
    const ids = new Set(question.choices.map((c) => String(c.id)));
    if (!values.every((v) => ids.has(v))) throw badAnswer();
    if (question.kind !== 'multiple' && values.length > 1) throw badAnswer();
    given.set(questionId, { choiceIds: [...new Set(values.map(Number))], text: '' });
  }
  return given;
}

/**
 * Grades and closes an open attempt; passing records the lesson as done (which may complete the
 * run). A second submission of a closed attempt changes nothing and leads to the same result.
 * After the deadline (and its grace) the answers are refused and the attempt closes as expired.
 */
export async function submitAttempt(
  deps: Deps,
  actor: Actor | null,
  params: Params,
  answers: Map<number, string[]> | null,
  now = new Date(),
): Promise<{ attemptId: number }> {
  const { attempt, questions, settings, enrolment } = await loadOwnAttempt(
    deps,
    actor,
    params,
    now,
  );
  // Answers that come after the time limit (now closed as expired) are refused, whenever they come.
  if (attempt.status === 'expired') throw new AppError('CONFLICT', 'quizzes.errors.timeUp');
  if (attempt.status !== 'open') return { attemptId: attempt.id };
  if (answers === null) throw badAnswer();
  const grade = gradeAttempt(questions, givenAnswers(questions, answers), settings.passMark);
  // One transaction: a passed attempt never commits without the progress it earns.
  await deps.db.transaction().execute(async (tx) => {
    const closed = await closeAttempt(
      tx,
      attempt.id,
      { status: 'submitted', ...grade },
      nowIso(now),
    );
    if (closed && grade.passed)
      await completeLesson({ ...deps, db: tx }, enrolment.enrolmentId, attempt.lessonId);
  });
  return { attemptId: attempt.id };
}

/** A closed attempt with its questions, to show what was right and why. */
export async function getResult(deps: Deps, actor: Actor | null, params: Params, now = new Date()) {
  return loadOwnAttempt(deps, actor, params, now);
}
