import type { Deps } from '../../deps.ts';
import { defaultSettings } from './assignments.policy.ts';
import { selectRunAssignmentResults, type AssignmentResultRow } from './run-results.queries.ts';

export type AssignmentResult = AssignmentResultRow & { maxScore: number };

/**
 * Every learner's submissions in a run, for the cohort view. The caller (the courses feature) has
 * already checked that the actor facilitates the run.
 */
export async function assignmentResultsOfRun(
  deps: Deps,
  runId: number,
): Promise<AssignmentResult[]> {
  const fallback = defaultSettings(deps.config.UPLOAD_LIMIT_BYTES).maxScore;
  const rows = await selectRunAssignmentResults(deps.db, runId);
  return rows.map((r) => ({ ...r, maxScore: r.maxScore ?? fallback }));
}
