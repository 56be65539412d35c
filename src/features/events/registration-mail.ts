import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { queueEmail } from '../../mail/mail.ts';
import { isLanguage, translator } from '../../web/i18n.ts';
import { formattersFor } from '../../web/page.ts';
import {
  selectEventTitles,
  selectRecipients,
  type RegistrableEvent,
  type Recipient,
} from './registration.queries.ts';

// E-mails about a place at an event, each in the recipient's preferred language.

export type RegistrationMessage =
  | 'registered'
  | 'waitlisted'
  | 'pending'
  | 'promoted'
  | 'accepted'
  | 'declined'
  | 'reminder'
  | 'changed'
  | 'cancelled';

/**
 * Queues one message to these officials (in the caller's transaction, so a message goes out only
 * for a change that was kept).
 */
export async function tellRegistrants(
  db: Db,
  config: Config,
  message: RegistrationMessage,
  event: RegistrableEvent,
  recipients: Recipient[] | Parameters<typeof selectRecipients>[1],
): Promise<void> {
  const to = Array.isArray(recipients) ? recipients : await selectRecipients(db, recipients);
  if (to.length === 0) return;
  const titles = await selectEventTitles(db, event.id);
  for (const r of to) {
    const lang = isLanguage(r.preferredLanguage) ? r.preferredLanguage : 'en';
    const t = translator(lang);
    const values = {
      name: r.name,
      event: titles[lang] ?? titles.en ?? Object.values(titles)[0] ?? '',
      start: formattersFor(lang).formatDateTime(event.startsAt),
      link: `${config.BASE_URL}/events/${event.slug}`,
    };
    await queueEmail(db, {
      to: r.email,
      kind: `event-${message}`,
      subject: t(`registrations.email.${message}.subject`, values),
      text: t(`registrations.email.${message}.body`, values),
    });
  }
}
