import { liveSessionsOfRun } from '../events/calendar.service.ts';
import type { EventSummary } from '../events/event-text.ts';
import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { selectTranslations, type Course } from './courses.queries.ts';
import { loadEditableCourse, requireAuthor } from './courses.service.ts';
import { parseId } from './courses.schema.ts';
import { fillFromWaitlist } from './enrolment-seats.ts';
import { scheduleEvaluationInvite } from './run-evaluation-invite.ts';
import { tellOfficials } from './run-mail.ts';
import type { RunInput } from './runs.schema.ts';
import * as f from './run-facilitators.queries.ts';
import * as q from './runs.queries.ts';

// Runs of a course, managed by those who may edit the course (its partner editors, coordinators).
// Editors may prepare runs on drafts; learners see them only once the course is published.

export type { Run, RunWithCourse } from './runs.queries.ts';

export interface RunSummary extends q.Run {
  facilitators: Array<{ id: number; name: string }>;
}

/** The facilitators of each run, by run id. */
export async function facilitatorsOf(
  deps: Deps,
  runIds: number[],
): Promise<Map<number, Array<{ id: number; name: string }>>> {
  const out = new Map<number, Array<{ id: number; name: string }>>();
  for (const row of await f.selectFacilitators(deps.db, runIds))
    out.set(row.runId, [...(out.get(row.runId) ?? []), { id: row.userId, name: row.name }]);
  return out;
}

/**
 * A published self-paced course has one always-open run (no dates, no seat limit). It is made
 * the first time it is needed, so courses published before runs existed, seeded ones and those
 * whose format changed later all get one; the course row is locked so that two requests make one.
 */
export async function ensureAlwaysOpenRun(
  deps: Deps,
  course: { id: number; status: string; format: string },
): Promise<void> {
  if (course.status !== 'published' || course.format !== 'self_paced') return;
  if ((await q.selectAlwaysOpenRunId(deps.db, course.id)) !== undefined) return;
  await deps.db.transaction().execute(async (tx) => {
    await q.lockCourse(tx, course.id);
    if ((await q.selectAlwaysOpenRunId(tx, course.id)) !== undefined) return;
    await q.insertRun(
      tx,
      {
        courseId: course.id,
        title: '',
        startsOn: null,
        endsOn: null,
        location: '',
        enrolmentMode: 'open',
        enrolmentClosesAt: null,
        seats: null,
        isAlwaysOpen: true,
        isDemo: false,
        createdBy: null,
      },
      nowIso(),
    );
  });
}

/** The course's title in each language it is written in. */
async function titlesOf(deps: Deps, courseId: number): Promise<Record<string, string>> {
  const texts = await selectTranslations(deps.db, courseId);
  return Object.fromEntries(texts.map((x) => [x.language, x.title]));
}

export interface RunsOfCourse {
  course: Course;
  titles: Record<string, string>;
  runs: RunSummary[];
  facilitatorChoices: Array<{ id: number; name: string }>;
}

/** A course's runs and what the new-run form offers (editors of the course). */
export async function listCourseRuns(
  deps: Deps,
  actor: Actor | null,
  courseId: string,
): Promise<RunsOfCourse> {
  const { course } = await loadEditableCourse(deps, actor, courseId, 'view');
  await ensureAlwaysOpenRun(deps, course);
  const [runs, facilitatorChoices, titles] = await Promise.all([
    q.selectCourseRuns(deps.db, course.id),
    f.selectFacilitatorChoices(deps.db),
    titlesOf(deps, course.id),
  ]);
  const facilitators = await facilitatorsOf(
    deps,
    runs.map((r) => r.id),
  );
  return {
    course,
    titles,
    runs: runs.map((r) => ({ ...r, facilitators: facilitators.get(r.id) ?? [] })),
    facilitatorChoices,
  };
}

async function checkFacilitators(deps: Deps, chosen: number[]): Promise<void> {
  const allowed = new Set((await f.selectFacilitatorChoices(deps.db)).map((f) => f.id));
  if (!chosen.every((id) => allowed.has(id)))
    throw new AppError('VALIDATION', 'runs.errors.facilitatorUnknown', {
      fields: { facilitator_ids: 'runs.errors.facilitatorUnknown' },
    });
}

/** Adds a run to a course (drafts too, so that runs are ready when it is published). */
export async function createRun(
  deps: Deps,
  actor: Actor | null,
  courseId: string,
  input: RunInput,
): Promise<number> {
  const { who, course } = await loadEditableCourse(deps, actor, courseId, 'change');
  await checkFacilitators(deps, input.facilitatorIds);
  return deps.db.transaction().execute(async (tx) => {
    const { facilitatorIds, ...details } = input;
    const id = await q.insertRun(
      tx,
      { ...details, courseId: course.id, isAlwaysOpen: false, isDemo: false, createdBy: who.id },
      nowIso(),
    );
    await q.insertFacilitators(tx, id, facilitatorIds);
    await scheduleEvaluationInvite(tx, { id, endsOn: details.endsOn });
    return id;
  });
}

/** A run for its editors: 404 if it does not exist or they may not see its course, 403 to change. */
export async function loadEditableRun(
  deps: Deps,
  actor: Actor | null,
  runId: string,
  mode: 'view' | 'change',
): Promise<{ who: Actor; course: Course; run: q.RunWithCourse }> {
  const id = parseId(runId);
  const run = id === null ? undefined : await q.selectRun(deps.db, id);
  if (!run) {
    // Visitors and non-authors get the answer they would get for a run that exists.
    requireAuthor(actor);
    throw new AppError('NOT_FOUND', 'runs.errors.notFound');
  }
  const { who, course } = await loadEditableCourse(deps, actor, run.courseId, mode);
  return { who, course, run };
}

export interface RunEditor {
  course: Course;
  titles: Record<string, string>;
  run: RunSummary & { course: q.RunWithCourse['course'] };
  facilitatorChoices: Array<{ id: number; name: string }>;
  /** Events linked to the run (its webinars and workshops). */
  liveSessions: EventSummary[];
}

/** The run's editing page: the run, its facilitators and who could be chosen. */
export async function getRunEditor(
  deps: Deps,
  actor: Actor | null,
  runId: string,
  language: string,
): Promise<RunEditor> {
  const { course, run } = await loadEditableRun(deps, actor, runId, 'view');
  const [facilitators, facilitatorChoices, titles, liveSessions] = await Promise.all([
    facilitatorsOf(deps, [run.id]),
    f.selectFacilitatorChoices(deps.db),
    titlesOf(deps, course.id),
    liveSessionsOfRun(deps, language, run.id),
  ]);
  return {
    course,
    titles,
    run: { ...run, facilitators: facilitators.get(run.id) ?? [] },
    facilitatorChoices,
    liveSessions,
  };
}

/**
 * Saves a run's details and facilitators. The seat limit may not go below the seats taken; seats
 * it adds go to the waiting list at once.
 */
export async function saveRun(
  deps: Deps,
  actor: Actor | null,
  runId: string,
  input: RunInput,
): Promise<q.RunWithCourse> {
  const { run } = await loadEditableRun(deps, actor, runId, 'change');
  await checkFacilitators(deps, input.facilitatorIds);
  await deps.db.transaction().execute(async (tx) => {
    const now = nowIso();
    const { facilitatorIds, ...details } = input;
    if (!(await q.updateRun(tx, run.id, details, now)))
      throw new AppError('VALIDATION', 'runs.errors.seatsBelowTaken', {
        fields: { seats: 'runs.errors.seatsBelowTaken' },
      });
    await f.replaceFacilitators(tx, run.id, facilitatorIds);
    if (details.endsOn !== run.endsOn)
      await scheduleEvaluationInvite(tx, { id: run.id, endsOn: details.endsOn });
    if (run.status === 'scheduled' && run.course.status === 'published')
      await fillFromWaitlist(tx, deps.config, { ...run, ...details }, now);
  });
  return run;
}

/** Cancels a run; everyone enrolled, waiting or applying is told by e-mail. */
export async function cancelRun(
  deps: Deps,
  actor: Actor | null,
  runId: string,
): Promise<q.RunWithCourse> {
  const { run } = await loadEditableRun(deps, actor, runId, 'change');
  await deps.db.transaction().execute(async (tx) => {
    if (!(await q.updateRunCancelled(tx, run.id, nowIso())))
      throw new AppError('CONFLICT', 'runs.errors.cancelled');
    await tellOfficials(tx, deps.config, 'cancelled', run, {
      runId: run.id,
      statuses: ['enrolled', 'waitlisted', 'applied'],
    });
  });
  return run;
}
