import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import {
  selectFirstWaitlisted,
  takeSeat,
  releaseSeat,
  updateEnrolmentStatus,
} from './enrolments.queries.ts';
import { tellOfficials } from './run-mail.ts';
import type { RunWithCourse } from './runs.queries.ts';

// Seats freed (a withdrawal, a larger seat limit) go to the waiting list, first in line first.
// Called inside the transaction that freed them, so the limit holds whatever runs beside it.

/**
 * Promotes waiting officials while seats are free, oldest waitlisted_at (then lowest id) first,
 * and e-mails each. Returns the promoted enrolments' ids.
 */
export async function fillFromWaitlist(
  tx: Db,
  config: Config,
  run: RunWithCourse,
  now: string,
): Promise<number[]> {
  const promoted: number[] = [];
  // Bounded: each pass either promotes someone, or stops.
  for (let pass = 0; pass < 1000; pass++) {
    const next = await selectFirstWaitlisted(tx, run.id);
    if (next === undefined || !(await takeSeat(tx, run.id, now))) break;
    const ok = await updateEnrolmentStatus(tx, next, { from: ['waitlisted'], to: 'enrolled' }, now);
    if (!ok) {
      // Someone left the list at this very moment: give the seat back and look again.
      await releaseSeat(tx, run.id, now);
      continue;
    }
    promoted.push(next);
  }
  await tellOfficials(tx, config, 'promoted', run, { enrolmentIds: promoted });
  return promoted;
}
