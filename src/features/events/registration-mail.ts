import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { isLanguage, translator, type Language } from '../../web/i18n.ts';
import { formattersFor } from '../../web/page.ts';
import type { NotificationKind } from '../notifications/kinds.ts';
import { notify } from '../notifications/notify.ts';
import {
  selectEventTitles,
  selectRecipients,
  type RegistrableEvent,
  type Recipient,
} from './registration.queries.ts';

// Notifications about a place at an event (in the app, and e-mailed as each official chose), the
// e-mail in the recipient's preferred language. Reminders and notices of change are about the
// registration too, so an official who wants no such e-mails still finds them in the app.

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

/** A seat freed from a waiting list is a promotion; every other message is about the registration. */
function kindOf(message: RegistrationMessage): NotificationKind {
  return message === 'promoted' ? 'promotion' : 'registration';
}

/**
 * Tells these officials (in the caller's transaction, so they are told only of a change that was
 * kept). A reminder goes once per registration and start time, even when its job runs twice.
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
  const titleIn = (lang: string) => titles[lang] ?? titles.en ?? Object.values(titles)[0] ?? '';
  const link = `/events/${event.slug}`;
  // One notice per official: the e-mail greets them by name and names the event in their language.
  for (const r of to) {
    const values = (lang: Language) => ({
      name: r.name,
      event: titleIn(lang),
      start: formattersFor(lang).formatDateTime(event.startsAt),
      link: `${config.BASE_URL}${link}`,
    });
    const lang = isLanguage(r.preferredLanguage) ? r.preferredLanguage : 'en';
    const { event: title, start } = values(lang);
    await notify(db, config, {
      kind: kindOf(message),
      message: `registrations.notify.${message}`,
      params: { event: title, start },
      link,
      recipients: [r.userId],
      source:
        message === 'reminder' ? `event-reminder:${r.registrationId}:${event.startsAt}` : undefined,
      email: (l) => {
        const t = translator(l);
        return {
          subject: t(`registrations.email.${message}.subject`, values(l)),
          text: t(`registrations.email.${message}.body`, values(l)),
        };
      },
    });
  }
}
