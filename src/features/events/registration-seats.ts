import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { tellRegistrants } from './registration-mail.ts';
import { scheduleReminder } from './registration-reminders.ts';
import {
  releaseSeat,
  selectFirstWaitlisted,
  takeSeat,
  updateRegistrationStatus,
  type RegistrableEvent,
} from './registration.queries.ts';

// Seats freed by a cancellation go to the waiting list, first in line first. Called inside the
// transaction that freed them, so the limit holds whatever runs beside it.

/** Promotes waiting officials while seats are free, e-mails each; returns their registrations. */
export async function fillFromWaitlist(
  tx: Db,
  config: Config,
  event: RegistrableEvent,
  now: string,
): Promise<number[]> {
  const promoted: number[] = [];
  // Bounded: each pass either promotes someone, or stops.
  for (let pass = 0; pass < 1000; pass++) {
    const next = await selectFirstWaitlisted(tx, event.id);
    if (next === undefined || !(await takeSeat(tx, event.id, now))) break;
    const ok = await updateRegistrationStatus(
      tx,
      next,
      { from: ['waitlisted'], to: 'registered' },
      now,
    );
    if (!ok) {
      // Someone left the list at this very moment: give the seat back and look again.
      await releaseSeat(tx, event.id, now);
      continue;
    }
    promoted.push(next);
    await scheduleReminder(tx, next, event.startsAt, new Date(now));
  }
  await tellRegistrants(tx, config, 'promoted', event, { registrationIds: promoted });
  return promoted;
}
