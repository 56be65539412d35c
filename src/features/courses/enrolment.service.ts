import { isUniqueViolation, nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { parseId } from './courses.schema.ts';
import { fillFromWaitlist } from './enrolment-seats.ts';
import * as e from './enrolments.queries.ts';
import { tellOfficials } from './run-mail.ts';
import { closureOf, RESTARTABLE, WITHDRAWABLE } from './runs.policy.ts';
import { selectRun, type RunWithCourse } from './runs.queries.ts';

// An official's own place in a run: enrol (or join the waiting list) and withdraw.

export interface PlaceResult {
  run: RunWithCourse;
  status: e.EnrolmentStatus;
  /** True when nothing changed because the official already had this place. */
  already: boolean;
}

/** A run of a published course, by the id in the address; anything else is a 404. */
export async function loadPublicRun(deps: Deps, id: string): Promise<RunWithCourse> {
  const runId = parseId(id);
  const run = runId === null ? undefined : await selectRun(deps.db, runId);
  if (!run || run.course.status !== 'published')
    throw new AppError('NOT_FOUND', 'runs.errors.notFound');
  return run;
}

/** 409 with the reason when the run takes no enrolments or applications now. */
export function requireOpen(run: RunWithCourse, now = new Date()): void {
  const closure = closureOf(run, now);
  if (closure) throw new AppError('CONFLICT', `runs.errors.${closure}`);
}

/** The official as a recipient of run e-mails. */
function recipientOf(who: Actor, enrolmentId: number): e.Recipient {
  return {
    enrolmentId,
    userId: who.id,
    email: who.email,
    name: who.name,
    preferredLanguage: who.preferredLanguage,
  };
}

class RaceLost extends Error {}

/**
 * Enrols the official in an open-enrolment run, taking a seat in the same transaction as the row.
 * When the run is full: 409 (runs.errors.full), or a place on the waiting list if asked for.
 * Enrolling twice answers with the place already held; after a withdrawal the row is reused.
 */
export async function enrol(
  deps: Deps,
  actor: Actor | null,
  runId: string,
  options: { waitlistIfFull: boolean },
): Promise<PlaceResult> {
  const who = requireActor(actor);
  const run = await loadPublicRun(deps, runId);
  const existing = await e.selectEnrolmentOf(deps.db, run.id, who.id);
  if (existing && !RESTARTABLE.includes(existing.status))
    return { run, status: existing.status, already: true };
  requireOpen(run);
  if (run.enrolmentMode === 'application')
    throw new AppError('CONFLICT', 'runs.errors.applyInstead');
  try {
    const status = await deps.db.transaction().execute(async (tx) => {
      const now = nowIso();
      const seat = await e.takeSeat(tx, run.id, now);
      if (!seat && !options.waitlistIfFull) throw new AppError('CONFLICT', 'runs.errors.full');
      const to = seat ? 'enrolled' : 'waitlisted';
      let id: number;
      if (existing) {
        const ok = await e.updateEnrolmentStatus(tx, existing.id, { from: RESTARTABLE, to }, now);
        if (!ok) throw new RaceLost();
        id = existing.id;
      } else id = await e.insertEnrolment(tx, { runId: run.id, userId: who.id, status: to }, now);
      await tellOfficials(tx, deps.config, to, run, [recipientOf(who, id)]);
      return to;
    });
    return { run, status, already: false };
  } catch (err) {
    // A second submission that lost the race: the unique index kept one row; report its state.
    if (!(err instanceof RaceLost) && !isUniqueViolation(err)) throw err;
    const now = await e.selectEnrolmentOf(deps.db, run.id, who.id);
    if (!now) throw err;
    return { run, status: now.status, already: true };
  }
}

/**
 * Withdraws the official from the run (or the waiting list, or a pending application). A freed
 * seat goes to the first in line, in the same transaction, and they are told.
 */
export async function withdraw(
  deps: Deps,
  actor: Actor | null,
  runId: string,
): Promise<PlaceResult> {
  const who = requireActor(actor);
  const run = await loadPublicRun(deps, runId);
  // Retried when the place changed under us (promoted from the list while withdrawing from it).
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await e.selectEnrolmentOf(deps.db, run.id, who.id);
    if (existing?.status === 'withdrawn') return { run, status: 'withdrawn', already: true };
    if (!existing || !WITHDRAWABLE.includes(existing.status))
      throw new AppError('CONFLICT', 'runs.errors.nothingToWithdraw');
    const changed = await deps.db.transaction().execute(async (tx) => {
      const now = nowIso();
      const from = [existing.status];
      if (!(await e.updateEnrolmentStatus(tx, existing.id, { from, to: 'withdrawn' }, now)))
        return false;
      if (existing.status === 'enrolled') {
        await e.releaseSeat(tx, run.id, now);
        const closure = closureOf(run, new Date(now));
        if (closure !== 'cancelled' && closure !== 'ended')
          await fillFromWaitlist(tx, deps.config, run, now);
      }
      return true;
    });
    if (changed) return { run, status: 'withdrawn', already: false };
  }
  throw new AppError('CONFLICT', 'runs.errors.tryAgain');
}
