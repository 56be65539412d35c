import type { Config } from '../../config.ts';
import type { OutgoingEmail } from '../../mail/mail.ts';
import { isLanguage, translator } from '../../web/i18n.ts';

// The e-mail an attendee gets when marked present: their certificate and the evaluation.

export function attendedEmail(
  config: Config,
  to: { email: string; name: string; preferredLanguage: string },
  event: { slug: string; titles: Record<string, string> },
  certificateCode: string | null,
): OutgoingEmail {
  const lang = isLanguage(to.preferredLanguage) ? to.preferredLanguage : 'en';
  const t = translator(lang);
  const title = event.titles[lang] ?? event.titles.en ?? Object.values(event.titles)[0] ?? '';
  const certificate = certificateCode
    ? t('attendance.email.certificate', {
        link: `${config.BASE_URL}/certificates/${certificateCode}`,
      })
    : '';
  return {
    to: to.email,
    kind: 'event-attended',
    subject: t('attendance.email.subject', { title }),
    text: t('attendance.email.body', {
      name: to.name,
      title,
      certificate,
      evaluationLink: `${config.BASE_URL}/events/${event.slug}/evaluation`,
    }),
  };
}
