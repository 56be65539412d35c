import type { Db } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { enqueueJob, type JobHandler } from '../../jobs/jobs.ts';
import { tellRegistrants } from './registration-mail.ts';
import { selectEvent, selectRecipients, selectRegistration } from './registration.queries.ts';

// Reminders the day before an event, one job per registered participant, and notices of change.
// The job queue runs each job once across processes; a job whose event moved or was cancelled
// since it was queued does nothing (the move queued a new one).

export const REMINDER_JOB = 'event.reminder';
const DAY_MS = 86_400_000;

interface ReminderPayload {
  registrationId: number;
  startsAt: string;
}

/** Queues the reminder for a registration, due a day before the start (now, if that is past). */
export async function scheduleReminder(
  db: Db,
  registrationId: number,
  startsAt: string,
  now = new Date(),
): Promise<void> {
  const start = new Date(startsAt).getTime();
  if (start <= now.getTime()) return;
  const payload: ReminderPayload = { registrationId, startsAt };
  await enqueueJob(db, REMINDER_JOB, payload, new Date(Math.max(now.getTime(), start - DAY_MS)));
}

/** Runs a reminder job: e-mails the participant if still registered for the same start. */
export const reminderJob: JobHandler = async (deps: Deps, payload) => {
  const { registrationId, startsAt } = payload as ReminderPayload;
  const registration = await selectRegistration(deps.db, { id: registrationId });
  if (registration?.status !== 'registered') return;
  const event = await selectEvent(deps.db, { id: registration.eventId });
  if (event?.status !== 'published' || event.startsAt !== startsAt) return;
  if (new Date(event.startsAt).getTime() <= Date.now()) return;
  await tellRegistrants(deps.db, deps.config, 'reminder', event, {
    registrationIds: [registrationId],
  });
};

/**
 * Tells everyone registered, waiting or pending that the event changed or was cancelled; after a
 * change, queues fresh reminders for the new start (the old ones find it moved and stop).
 * Called by the event editor after it saved the change.
 */
export async function noticeOfChange(
  deps: Deps,
  eventId: number,
  what: 'changed' | 'cancelled',
): Promise<void> {
  const event = await selectEvent(deps.db, { id: eventId });
  if (!event) return;
  await deps.db.transaction().execute(async (tx) => {
    const to = await selectRecipients(tx, {
      eventId,
      statuses: ['registered', 'waitlisted', 'pending'],
    });
    await tellRegistrants(tx, deps.config, what, event, to);
    if (what === 'changed' && event.status === 'published') {
      const registered = await selectRecipients(tx, { eventId, statuses: ['registered'] });
      for (const r of registered) await scheduleReminder(tx, r.registrationId, event.startsAt);
    }
  });
}
