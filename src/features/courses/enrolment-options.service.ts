import type { Deps } from '../../deps.ts';
import { liveSessionsOfRun } from '../events/calendar.service.ts';
import type { EventSummary } from '../events/event-text.ts';
import type { Actor } from '../accounts/actor.ts';
import * as e from './enrolments.queries.ts';
import { actionFor, closureOf, todayOf, WITHDRAWABLE, type RunAction } from './runs.policy.ts';
import { selectCourseRuns, selectUpcomingRuns, type Run } from './runs.queries.ts';
import { ensureAlwaysOpenRun, facilitatorsOf } from './runs.service.ts';

// The runs a course page shows, each with the one action that fits the visitor, and the next run
// that catalogue cards show.

export interface RunOffer {
  run: Run;
  facilitators: string[];
  /** Null: no seat limit. */
  seatsLeft: number | null;
  action: RunAction;
  /** Whether the visitor holds a place they may give up (a seat, a place in line, an application). */
  canWithdraw: boolean;
  /** The visitor's place on the waiting list (1 = next), when they wait. */
  waitlistPlace: number | null;
  /** The run's live sessions (events linked to it), in start order. */
  liveSessions: EventSummary[];
}

// Places that keep a run on the course page for its holder after the run ended or was cancelled.
const HELD = new Set<e.EnrolmentStatus>(['enrolled', 'completed', 'waitlisted', 'applied']);

/**
 * The runs of a published course that the visitor can act on: the coming ones, and any they hold
 * a place in. A self-paced course's always-open run is made here if it does not exist yet.
 */
export async function listRunOffers(
  deps: Deps,
  actor: Actor | null,
  course: { id: number; format: string },
  language: string,
  now = new Date(),
): Promise<RunOffer[]> {
  await ensureAlwaysOpenRun(deps, { ...course, status: 'published' });
  const runs = await selectCourseRuns(deps.db, course.id);
  const ids = runs.map((r) => r.id);
  const [facilitators, own] = await Promise.all([
    facilitatorsOf(deps, ids),
    actor ? e.selectEnrolmentsIn(deps.db, ids, actor.id) : Promise.resolve([]),
  ]);
  const ownBy = new Map(own.map((x) => [x.runId, x]));
  const offers: RunOffer[] = [];
  for (const run of runs) {
    const mine = ownBy.get(run.id);
    const closure = closureOf(run, now);
    const shown =
      (closure !== 'cancelled' && closure !== 'ended') || (mine && HELD.has(mine.status));
    if (!shown) continue;
    offers.push({
      run,
      facilitators: (facilitators.get(run.id) ?? []).map((f) => f.name),
      seatsLeft: run.seats === null ? null : Math.max(0, run.seats - run.seatsTaken),
      action: actionFor(run, actor, mine?.status ?? null, now),
      canWithdraw:
        run.status === 'scheduled' && mine !== undefined && WITHDRAWABLE.includes(mine.status),
      waitlistPlace:
        mine?.status === 'waitlisted' ? await e.selectWaitlistPlace(deps.db, mine) : null,
      liveSessions: await liveSessionsOfRun(deps, language, run.id),
    });
  }
  return offers;
}

export interface NextRun {
  startsOn: string | null;
  endsOn: string | null;
  location: string;
  isAlwaysOpen: boolean;
}

/**
 * The next run of each of these courses, for catalogue cards: one query for all. A self-paced
 * course is always open, whether or not its always-open run has been made yet.
 */
export async function nextRunsOf(
  deps: Deps,
  courses: Array<{ id: number; format: string }>,
  now = new Date(),
): Promise<Map<number, NextRun>> {
  const out = new Map<number, NextRun>();
  const runs = await selectUpcomingRuns(
    deps.db,
    courses.map((c) => c.id),
    todayOf(now),
  );
  for (const c of courses)
    if (c.format === 'self_paced')
      out.set(c.id, { startsOn: null, endsOn: null, location: '', isAlwaysOpen: true });
  for (const run of runs) if (!out.has(run.courseId)) out.set(run.courseId, run);
  return out;
}
