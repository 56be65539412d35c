import type { Config } from '../../config.ts';
import type { OutgoingEmail } from '../../mail/mail.ts';
import { isLanguage, translator } from '../../web/i18n.ts';

// E-mails of the expert directory, each in the recipient's preferred language.

interface Recipient {
  email: string;
  name: string;
  preferredLanguage: string;
}

/** The title in the language wanted, else English, else any. */
export function pickTitle(titles: Record<string, string>, lang: string): string {
  return titles[lang] ?? titles.en ?? Object.values(titles)[0] ?? '';
}

function mail(
  to: Recipient,
  kind: string,
  key: string,
  values: (lang: string) => Record<string, string>,
): OutgoingEmail {
  const lang = isLanguage(to.preferredLanguage) ? to.preferredLanguage : 'en';
  const t = translator(lang);
  const v = { name: to.name, ...values(lang) };
  return {
    to: to.email,
    kind,
    subject: t(`experts.email.${key}.subject`, v),
    text: t(`experts.email.${key}.body`, v),
  };
}

/** To a coordinator: a new profile waits for review. */
export function profileToReviewEmail(config: Config, to: Recipient, expertName: string) {
  return mail(to, 'expert-to-review', 'toReview', () => ({
    expert: expertName,
    link: `${config.BASE_URL ?? ''}/review/experts`,
  }));
}

/** To the owner: their profile was approved or returned (with the coordinator's comment). */
export function profileReviewedEmail(
  config: Config,
  to: Recipient,
  outcome: 'approved' | 'returned',
  slug: string,
  comment: string,
) {
  return mail(to, `expert-${outcome}`, outcome, () => ({
    comment,
    link: `${config.BASE_URL ?? ''}/experts/${slug}`,
  }));
}

/** To the expert: an invitation to answer. */
export function invitedEmail(
  config: Config,
  to: Recipient,
  inviter: string,
  titles: Record<string, string>,
) {
  return mail(to, 'expert-invitation', 'invited', (lang) => ({
    inviter,
    subject: pickTitle(titles, lang),
    link: `${config.BASE_URL ?? ''}/experts/invitations`,
  }));
}

/** To the inviter: the expert's answer. */
export function answeredEmail(
  config: Config,
  to: Recipient,
  answer: 'accepted' | 'declined',
  expert: { name: string; slug: string },
  titles: Record<string, string>,
) {
  return mail(to, `expert-invitation-${answer}`, answer, (lang) => ({
    expert: expert.name,
    subject: pickTitle(titles, lang),
    link: `${config.BASE_URL ?? ''}/experts/${expert.slug}`,
  }));
}
