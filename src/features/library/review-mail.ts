import type { Config } from '../../config.ts';
import type { OutgoingEmail } from '../../mail/mail.ts';
import { isLanguage, translator } from '../../web/i18n.ts';
import type { Recipient } from './review.queries.ts';

// E-mails of the publishing workflow, each in the recipient's preferred language: coordinators
// are told that a resource waits for review; editors that it was sent back (with the comment).

export function reviewEmail(
  config: Config,
  to: Recipient,
  event: 'submitted' | 'sentBack',
  resource: { slug: string; titles: Record<string, string>; comment: string },
): OutgoingEmail {
  const lang = isLanguage(to.preferredLanguage) ? to.preferredLanguage : 'en';
  const t = translator(lang);
  const title = resource.titles[lang] ?? Object.values(resource.titles)[0] ?? '';
  return {
    to: to.email,
    kind: event === 'submitted' ? 'resource-submitted' : 'resource-sent-back',
    subject: t(`library-edit.email.${event}.subject`, { title }),
    text: t(`library-edit.email.${event}.body`, {
      name: to.name,
      title,
      comment: resource.comment,
      link: `${config.BASE_URL}${event === 'submitted' ? '/review/resources' : `/library/${resource.slug}/files`}`,
    }),
  };
}
