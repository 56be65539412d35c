import { hasRole, isCoordinator, requireActor, type Actor } from '../accounts/actor.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import {
  assignmentResultsOfRun,
  type AssignmentResult,
} from '../assignments/run-results.service.ts';
import { quizResultsOfRun, type QuizResultRow } from '../quizzes/run-results.service.ts';
import {
  countRequiredLessons,
  selectAssessedLessons,
  type AssessedLesson,
  selectCohort,
  selectCohortRun,
  selectFacilitatedRuns,
  type CohortMember,
  type CohortRun,
  type FacilitatedRun,
} from './cohort.queries.ts';
import { parseId } from './courses.schema.ts';
import { requireFacilitation } from './run-access.service.ts';

// The cohort view: a run's facilitators see each learner's progress and who has gone quiet.

export const DEFAULT_INACTIVE_DAYS = 14;

export interface CohortLearner extends CohortMember {
  /** Whole per cent of the required lessons done. */
  percent: number;
  /** No activity (or, before any, no enrolment) for at least the chosen number of days. */
  inactive: boolean;
  /** Lesson id → the learner's result in that quiz or assignment (absent: nothing yet). */
  results: Map<number, QuizResultRow | AssignmentResult>;
}

export interface Cohort {
  run: CohortRun;
  requiredLessons: number;
  inactiveDays: number;
  /** The quizzes and assignments, in syllabus order: one result column each. */
  assessed: AssessedLesson[];
  /** Submissions waiting for a grade. */
  toGrade: number;
  learners: CohortLearner[];
}

/** The cohort of a run, for its facilitators and coordinators; learners who went quiet stand out. */
export async function getCohort(
  deps: Deps,
  actor: Actor | null,
  runIdText: string,
  inactiveDays: number,
  now = new Date(),
): Promise<Cohort> {
  const runId = parseId(runIdText);
  if (runId === null) throw new AppError('NOT_FOUND', 'courses.errors.runNotFound');
  await requireFacilitation(deps, actor, runId);
  const run = await selectCohortRun(deps.db, runId);
  if (!run) throw new AppError('NOT_FOUND', 'courses.errors.runNotFound');
  const [members, requiredLessons, assessed, quizzes, assignments] = await Promise.all([
    selectCohort(deps.db, runId),
    countRequiredLessons(deps.db, run.courseId),
    selectAssessedLessons(deps.db, run.courseId),
    quizResultsOfRun(deps, runId),
    assignmentResultsOfRun(deps, runId),
  ]);
  const results = new Map<number, Map<number, QuizResultRow | AssignmentResult>>();
  for (const r of [...quizzes, ...assignments]) {
    const own = results.get(r.enrolmentId) ?? new Map();
    results.set(r.enrolmentId, own.set(r.lessonId, r));
  }
  const quietSince = now.getTime() - inactiveDays * 86_400_000;
  const learners = members.map((m) => {
    const last = m.lastActivityAt ?? m.enrolledAt;
    return {
      ...m,
      percent: requiredLessons === 0 ? 100 : Math.floor((100 * m.requiredDone) / requiredLessons),
      inactive: m.status !== 'completed' && (last === null || Date.parse(last) <= quietSince),
      results: results.get(m.enrolmentId) ?? new Map(),
    };
  });
  const toGrade = assignments.filter((a) => a.status === 'submitted').length;
  return { run, requiredLessons, inactiveDays, assessed, toGrade, learners };
}

/** Facilitators see the runs they facilitate; coordinators every run. Others may not. */
export async function listFacilitatedRuns(
  deps: Deps,
  actor: Actor | null,
): Promise<FacilitatedRun[]> {
  const official = requireActor(actor);
  if (isCoordinator(official)) return selectFacilitatedRuns(deps.db, null);
  if (!hasRole(official, 'facilitator'))
    throw new AppError('FORBIDDEN', 'courses.errors.notFacilitator');
  return selectFacilitatedRuns(deps.db, official.id);
}
