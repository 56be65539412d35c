import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { queueEmail } from '../../mail/mail.ts';
import { isLanguage, translator, type Language } from '../../web/i18n.ts';
import { DEFAULT_DELIVERY, isDelivery, type NotificationKind } from './kinds.ts';
import * as q from './notifications.queries.ts';
import { emailFooter } from './email-footer.ts';
import { safeLink } from './notifications.policy.ts';

// The one way every feature tells officials something: a notification in the app, and its e-mail
// at once, in the daily digest or not at all, as each official chose for the kind. Call it with
// the transaction of the change it is about, so that nothing is told about a change not kept.

export interface Notice {
  kind: NotificationKind;
  /** The in-app line: a full translation key of the calling feature, e.g. "discussions.notify.reply". */
  message: string;
  /** Values for the message (titles, names), as plain text. */
  params?: Record<string, string>;
  /** Where the notification leads: a path on this site, e.g. /threads/12#post-40. */
  link: string;
  recipients: readonly number[];
  /** Who caused it: never told about their own act. */
  actorId?: number | null;
  /** What it is about (e.g. "post:42"): an official is told once per kind and source. */
  source?: string;
  /** The feature's own e-mail in the recipient's language; else one is made from the message. */
  email?: (lang: Language) => { subject: string; text: string };
}

/** Writes the notifications and queues their e-mails; returns how many officials were told. */
export async function notify(db: Db, config: Config, notice: Notice): Promise<number> {
  const ids = [...new Set(notice.recipients)].filter((id) => id !== notice.actorId);
  const officials = await q.selectNotifiable(db, ids);
  const chosen = await q.selectDeliveries(db, ids, notice.kind);
  const now = new Date().toISOString();
  const params = notice.params ?? {};
  let told = 0;
  for (const official of officials) {
    const stored = chosen.get(official.id);
    const delivery = isDelivery(stored) ? stored : DEFAULT_DELIVERY[notice.kind];
    const id = await q.insertNotification(db, {
      userId: official.id,
      kind: notice.kind,
      message: notice.message,
      params,
      link: notice.link,
      actorId: notice.actorId ?? null,
      source: notice.source ?? null,
      delivery,
      now,
    });
    if (id === undefined) continue;
    told++;
    if (delivery !== 'immediate') continue;
    const lang = isLanguage(official.preferredLanguage) ? official.preferredLanguage : 'en';
    const t = translator(lang);
    const own = notice.email?.(lang);
    const line = t(notice.message, params);
    const footer = await emailFooter(db, config, t, official.id, notice.kind);
    const emailId = await queueEmail(db, {
      to: official.email,
      subject: own?.subject ?? line,
      text: `${own?.text ?? `${line}\n\n${config.BASE_URL}${safeLink(notice.link)}`}\n\n${footer}`,
      kind: `notification.${notice.kind}`,
    });
    await q.updateEmailId(db, id, emailId);
  }
  return told;
}
