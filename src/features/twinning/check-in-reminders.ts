import type { Deps } from '../../deps.ts';
import { enqueueJobUnlessQueued, type JobHandler } from '../../jobs/jobs.ts';
import { isLanguage, translator, type Language } from '../../web/i18n.ts';
import { formattersFor } from '../../web/page.ts';
import { notify } from '../notifications/notify.ts';
import {
  claimCheckInReminder,
  selectCheckInsToRemind,
  selectTwinningCityIds,
  type CheckInToRemind,
} from './check-in-reminders.queries.ts';
import { utcDay } from './follow-up-dates.ts';
import {
  selectCityCoordinatorContacts,
  selectContacts,
  type Contact,
} from './follow-up.queries.ts';

// Reminders of check-ins, by a daily sweep: each day at 06:00 UTC one job notifies the cities'
// coordinators and the facilitator of every active project about its check-ins due within a
// week, and its overdue ones (flagged as such). The sweep first queues tomorrow's, so the chain
// goes on by itself; ensureCheckInSweep starts it (at start-up) and adds nothing when a sweep
// is already queued. Each check-in is claimed for the day by a conditional update of
// check_ins.reminded_on, so two sweeps (two processes, a retry) never remind it twice a day.

export const CHECK_IN_SWEEP_JOB = 'twinning.check-in-reminders';
const SWEEP_HOUR_UTC = 6;
const HORIZON_DAYS = 7;

/** The next 06:00 UTC after `now`. */
export function nextSweepAt(now: Date): Date {
  const at = new Date(now);
  at.setUTCHours(SWEEP_HOUR_UTC, 0, 0, 0);
  if (at.getTime() <= now.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

/** Queues a sweep at `at` unless one is queued already (one at a time, across processes). */
export async function scheduleCheckInSweep(deps: Deps, at: Date): Promise<boolean> {
  return enqueueJobUnlessQueued(deps, CHECK_IN_SWEEP_JOB, at);
}

/** Starts the daily chain of sweeps (the first one now) if no sweep is queued. */
export function ensureCheckInSweep(deps: Deps): Promise<boolean> {
  return scheduleCheckInSweep(deps, new Date());
}

async function recipientsOf(deps: Deps, c: CheckInToRemind): Promise<Contact[]> {
  const cityIds = await selectTwinningCityIds(deps.db, c.twinningId);
  const people = [
    ...(await selectCityCoordinatorContacts(deps.db, cityIds)),
    ...(await selectContacts(deps.db, c.facilitatorId === null ? [] : [c.facilitatorId])),
  ];
  return [...new Map(people.map((p) => [p.id, p])).values()];
}

/** Reminds every check-in that needs it today; returns how many check-ins were reminded. */
export async function remindCheckIns(deps: Deps, now: Date = new Date()): Promise<number> {
  const today = utcDay(now);
  const due = await selectCheckInsToRemind(deps.db, today, utcDay(now, HORIZON_DAYS));
  let reminded = 0;
  for (const c of due) {
    const to = await recipientsOf(deps, c);
    const claimed = await deps.db.transaction().execute(async (tx) => {
      if (!(await claimCheckInReminder(tx, c.id, today))) return false;
      const which = c.dueOn < today ? 'overdue' : 'due';
      const link = `/twinnings/${c.slug}/check-ins/${c.id}`;
      // One notice per person: the e-mail greets them by name, the date in their language.
      for (const person of to) {
        const values = (lang: Language) => ({
          name: person.name,
          title: c.title,
          date: formattersFor(lang).formatDate(c.dueOn),
          link: `${deps.config.BASE_URL}${link}`,
        });
        const lang = isLanguage(person.preferredLanguage) ? person.preferredLanguage : 'en';
        await notify(tx, deps.config, {
          kind: 'check_in',
          message: `follow-up.notify.${which}`,
          params: { title: c.title, date: values(lang).date },
          link,
          recipients: [person.id],
          source: `check-in:${c.id}:${today}`,
          email: (l) => {
            const t = translator(l);
            return {
              subject: t(`follow-up.email.${which}.subject`, values(l)),
              text: t(`follow-up.email.${which}.body`, values(l)),
            };
          },
        });
      }
      return true;
    });
    if (claimed) reminded++;
  }
  return reminded;
}

/** The sweep job: queues tomorrow's sweep, then sends today's reminders. */
export const checkInSweepJob: JobHandler = async (deps) => {
  await scheduleCheckInSweep(deps, nextSweepAt(new Date()));
  await remindCheckIns(deps);
};
