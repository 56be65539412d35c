import type { Db } from '../../db/database.ts';

// SQL for the quiz results of a whole run, as its cohort view shows them.

export interface QuizResultRow {
  enrolmentId: number;
  lessonId: number;
  bestScore: number | null;
  passed: boolean;
  attempts: number;
}

/** Per learner and quiz: the best score of closed attempts, whether any passed, attempts made. */
export async function selectRunQuizResults(db: Db, runId: number): Promise<QuizResultRow[]> {
  const rows = await db
    .selectFrom('quiz_attempts as a')
    .innerJoin('enrolments as e', 'e.id', 'a.enrolment_id')
    .where('e.run_id', '=', runId)
    .where('a.status', '!=', 'open')
    .groupBy(['a.enrolment_id', 'a.lesson_id'])
    .select((eb) => [
      'a.enrolment_id as enrolmentId',
      'a.lesson_id as lessonId',
      eb.fn.max('a.score').as('bestScore'),
      eb.fn.max('a.passed').as('passed'),
      eb.fn.countAll<number | string>().as('attempts'),
    ])
    .execute();
  return rows.map((r) => ({
    enrolmentId: r.enrolmentId,
    lessonId: r.lessonId,
    bestScore: r.bestScore === null ? null : Number(r.bestScore),
    passed: Number(r.passed ?? 0) === 1,
    attempts: Number(r.attempts),
  }));
}
