import type { Config } from '../../config.ts';
import type { OutgoingEmail } from '../../mail/mail.ts';
import { isLanguage, translator } from '../../web/i18n.ts';

// The accounts e-mails, each written in the recipient's preferred language.

interface Recipient {
  email: string;
  name: string;
  preferredLanguage: string;
}

function compose(
  to: Recipient,
  kind: string,
  key: string,
  values: Record<string, string | number>,
): OutgoingEmail {
  const t = translator(isLanguage(to.preferredLanguage) ? to.preferredLanguage : 'en');
  return {
    to: to.email,
    kind,
    subject: t(`accounts.email.${key}.subject`),
    text: t(`accounts.email.${key}.body`, { name: to.name, ...values }),
  };
}

export function welcomeEmail(config: Config, to: Recipient): OutgoingEmail {
  return compose(to, 'welcome', 'welcome', { link: `${config.BASE_URL}/` });
}

export function passwordResetEmail(
  config: Config,
  to: Recipient,
  token: string,
  minutes: number,
): OutgoingEmail {
  return compose(to, 'password-reset', 'reset', {
    link: `${config.BASE_URL}/reset-password/${token}`,
    minutes,
  });
}

export function passwordChangedEmail(config: Config, to: Recipient): OutgoingEmail {
  return compose(to, 'password-changed', 'passwordChanged', {
    link: `${config.BASE_URL}/forgot-password`,
  });
}
