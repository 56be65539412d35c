import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { OutgoingEmail } from '../../mail/mail.ts';
import { isLanguage, translator, type Language } from '../../web/i18n.ts';
import { notify } from '../notifications/notify.ts';

// E-mails of the expert directory, each in the recipient's preferred language; invitations and
// their answers are notifications (kind 'invitation') with these e-mails.

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

/** An invitation's e-mail in `lang`, as notify wants it. */
function invitationMail(key: string, name: string, values: (lang: Language) => object) {
  return (lang: Language) => {
    const t = translator(lang);
    const v = { name, ...values(lang) };
    return {
      subject: t(`experts.email.${key}.subject`, v),
      text: t(`experts.email.${key}.body`, v),
    };
  };
}

/** Tells the expert of an invitation to answer (in the inviting transaction). */
export async function tellInvited(
  db: Db,
  config: Config,
  to: { userId: number; name: string; preferredLanguage: string },
  inviter: { id: number; name: string },
  titles: Record<string, string>,
): Promise<void> {
  const link = '/experts/invitations';
  await notify(db, config, {
    kind: 'invitation',
    message: 'experts.notify.invited',
    params: { inviter: inviter.name, subject: pickTitle(titles, to.preferredLanguage) },
    link,
    recipients: [to.userId],
    actorId: inviter.id,
    email: invitationMail('invited', to.name, (lang) => ({
      inviter: inviter.name,
      subject: pickTitle(titles, lang),
      link: `${config.BASE_URL ?? ''}${link}`,
    })),
  });
}

/** Tells the inviter of the expert's answer (in the answering transaction). */
export async function tellAnswered(
  db: Db,
  config: Config,
  to: { id: number; name: string; preferredLanguage: string },
  answer: 'accepted' | 'declined',
  expert: { id: number; name: string; slug: string },
  titles: Record<string, string>,
): Promise<void> {
  const link = `/experts/${expert.slug}`;
  await notify(db, config, {
    kind: 'invitation',
    message: `experts.notify.${answer}`,
    params: { expert: expert.name, subject: pickTitle(titles, to.preferredLanguage) },
    link,
    recipients: [to.id],
    actorId: expert.id,
    email: invitationMail(answer, to.name, (lang) => ({
      expert: expert.name,
      subject: pickTitle(titles, lang),
      link: `${config.BASE_URL ?? ''}${link}`,
    })),
  });
}
