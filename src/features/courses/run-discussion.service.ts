import type { Deps } from '../../deps.ts';
import * as q from './run-discussion.queries.ts';

// Reads about runs for their discussions (src/features/discussions/subjects.ts).

/** The run's name (course and run title) and its course's slug, or undefined. */
export function runName(deps: Deps, runId: number, lang: string) {
  return q.selectRunName(deps.db, runId, lang);
}

/** The run's learners (enrolled or completed), by name. */
export function runLearners(deps: Deps, runId: number) {
  return q.selectRunLearners(deps.db, runId);
}

/** The run's facilitators (told when a post in its discussions is reported). */
export function runFacilitatorIds(deps: Deps, runId: number) {
  return q.selectRunFacilitatorIds(deps.db, runId);
}

/** The ids of the runs an official learns in or facilitates. */
export function runIdsOf(deps: Deps, userId: number) {
  return q.selectRunIdsOf(deps.db, userId);
}
