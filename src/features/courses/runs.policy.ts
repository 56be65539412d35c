import type { Actor } from '../accounts/actor.ts';
import { canEditCourse } from './courses.policy.ts';
import type { EnrolmentStatus } from './enrolments.queries.ts';
import type { Run } from './runs.queries.ts';

// Who may manage runs and decide applications, and when a run takes enrolments. Pure functions.

/** Runs are managed by whoever may edit the course: its organisation's partner editors, coordinators. */
export function canManageRuns(actor: Actor | null, course: { organisationId: number }): boolean {
  return canEditCourse(actor, course);
}

/** The same people accept or decline applications. */
export function canDecideApplications(
  actor: Actor | null,
  course: { organisationId: number },
): boolean {
  return canEditCourse(actor, course);
}

/** Today's calendar date in UTC (runs' dates are calendar dates). */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export type Closure = 'cancelled' | 'ended' | 'closed';

/** Why the run takes no enrolments now, or null when it does. */
export function closureOf(run: Run, now: Date): Closure | null {
  if (run.status === 'cancelled') return 'cancelled';
  if (run.isAlwaysOpen) return null;
  if (run.endsOn !== null && run.endsOn < todayOf(now)) return 'ended';
  if (run.enrolmentClosesAt !== null && run.enrolmentClosesAt < now.toISOString()) return 'closed';
  return null;
}

/** Whether the run has no seat left. */
export function isFull(run: Run): boolean {
  return run.seats !== null && run.seatsTaken >= run.seats;
}

/** States an official leaves by withdrawing (a seat, a place in line, a pending application). */
export const WITHDRAWABLE: EnrolmentStatus[] = ['enrolled', 'waitlisted', 'applied'];

/** States in which the official has nothing going on in the run and may start again. */
export const RESTARTABLE: EnrolmentStatus[] = ['withdrawn'];

export type RunAction =
  | 'signIn'
  | 'enrol'
  | 'waitlist'
  | 'apply'
  | 'continue'
  | 'waitlisted'
  | 'applied'
  | 'declined'
  | 'cancelled'
  | 'ended'
  | 'closed';

/** What the course page offers the visitor for one run. */
export function actionFor(
  run: Run,
  actor: Actor | null,
  status: EnrolmentStatus | null,
  now: Date,
): RunAction {
  if (run.status === 'cancelled' && status !== 'completed') return 'cancelled';
  if (status === 'enrolled' || status === 'completed') return 'continue';
  if (status === 'waitlisted' || status === 'applied' || status === 'declined') return status;
  const closure = closureOf(run, now);
  if (closure) return closure;
  if (!actor) return 'signIn';
  if (run.enrolmentMode === 'application') return 'apply';
  return isFull(run) ? 'waitlist' : 'enrol';
}
