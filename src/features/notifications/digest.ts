import type { Deps } from '../../deps.ts';
import { enqueueJobUnlessQueued, type JobHandler } from '../../jobs/jobs.ts';
import { queueEmail } from '../../mail/mail.ts';
import { isLanguage, translator } from '../../web/i18n.ts';
import * as q from './digest.queries.ts';
import { emailFooter } from './email-footer.ts';
import { isNotificationKind, type NotificationKind } from './kinds.ts';
import { parseParams } from './notifications.queries.ts';
import { safeLink } from './notifications.policy.ts';

// The daily digest: each day at 07:00 UTC one job gathers every official's notifications that
// wait for it into ONE e-mail per official, in their language. The job first queues tomorrow's,
// so the chain goes on by itself; ensureDigest starts it at start-up (adding nothing when one is
// queued). Each official's notifications are claimed by one conditional update, so two workers
// (two processes, a retry) never send the same notification twice.

export const DIGEST_JOB = 'notifications.digest';
const DIGEST_HOUR_UTC = 7;

/** The next 07:00 UTC after `now`. */
export function nextDigestAt(now: Date): Date {
  const at = new Date(now);
  at.setUTCHours(DIGEST_HOUR_UTC, 0, 0, 0);
  if (at.getTime() <= now.getTime()) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

/** Queues a digest at `at` unless one is queued already (one at a time, across processes). */
export async function scheduleDigest(deps: Deps, at: Date): Promise<boolean> {
  return enqueueJobUnlessQueued(deps, DIGEST_JOB, at);
}

/** Starts the daily chain at the next 07:00 UTC (not at once: a restart sends no extra digest). */
export function ensureDigest(deps: Deps): Promise<boolean> {
  return scheduleDigest(deps, nextDigestAt(new Date()));
}

/** The kind most of the items are about: the digest's unsubscribe link turns it off. */
function mainKind(items: q.DigestItem[]): NotificationKind {
  const counts = new Map<NotificationKind, number>();
  for (const item of items)
    if (isNotificationKind(item.kind)) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  let best: NotificationKind = 'reply';
  for (const [kind, n] of counts) if (n > (counts.get(best) ?? 0)) best = kind;
  return best;
}

/** Sends each official their waiting notifications in one e-mail; returns how many were sent. */
export async function sendDigests(deps: Deps, now: Date = new Date()): Promise<number> {
  const { config } = deps;
  let sent = 0;
  for (const person of await q.selectDigestRecipients(deps.db)) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const items = await q.claimDigest(tx, person.id, now.toISOString());
      if (items.length === 0) return false; // another worker took them
      const lang = isLanguage(person.preferredLanguage) ? person.preferredLanguage : 'en';
      const t = translator(lang);
      const lines = items.map(
        (item) =>
          `* ${t(item.message, parseParams(item.params))}\n  ${config.BASE_URL}${safeLink(item.link)}`,
      );
      const count = String(items.length);
      const footer = await emailFooter(tx, config, t, person.id, mainKind(items));
      const emailId = await queueEmail(tx, {
        to: person.email,
        subject: t('notifications.digest.subject', { count }),
        text: `${t('notifications.digest.intro', { count })}\n\n${lines.join('\n\n')}\n\n${footer}`,
        kind: 'notification.digest',
      });
      await q.setEmailId(
        tx,
        items.map((i) => i.id),
        emailId,
      );
      return true;
    });
    if (done) sent++;
  }
  return sent;
}

/** The digest job: queues tomorrow's, then sends today's. */
export const digestJob: JobHandler = async (deps) => {
  await scheduleDigest(deps, nextDigestAt(new Date()));
  await sendDigests(deps);
};
