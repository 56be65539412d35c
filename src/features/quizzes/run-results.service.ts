import type { Deps } from '../../deps.ts';
import { selectRunQuizResults, type QuizResultRow } from './run-results.queries.ts';

export type { QuizResultRow };

/**
 * Every learner's quiz results in a run, for the cohort view. The caller (the courses feature) has
 * already checked that the actor facilitates the run.
 */
export async function quizResultsOfRun(deps: Deps, runId: number): Promise<QuizResultRow[]> {
  return selectRunQuizResults(deps.db, runId);
}
