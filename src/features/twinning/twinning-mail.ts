import type { Config } from '../../config.ts';
import type { OutgoingEmail } from '../../mail/mail.ts';
import { isLanguage, translator } from '../../web/i18n.ts';

// The e-mail that asks a city's coordinators to confirm their city's part in a new project, in
// each coordinator's preferred language.

export function confirmationEmail(
  config: Config,
  to: { email: string; name: string; preferredLanguage: string; cityName: string },
  project: { slug: string; title: string },
): OutgoingEmail {
  const t = translator(isLanguage(to.preferredLanguage) ? to.preferredLanguage : 'en');
  return {
    to: to.email,
    kind: 'twinning-confirm',
    subject: t('twinning.email.confirm.subject', { title: project.title }),
    text: t('twinning.email.confirm.body', {
      name: to.name,
      city: to.cityName,
      title: project.title,
      link: `${config.BASE_URL}/twinnings/${project.slug}`,
    }),
  };
}
