import type { Config } from '../../config.ts';
import type { OutgoingEmail } from '../../mail/mail.ts';
import { isLanguage, translator } from '../../web/i18n.ts';

// E-mails to a course's editors about its review, each in the recipient's preferred language.

interface Recipient {
  email: string;
  name: string;
  preferredLanguage: string;
}

/** "Your course was published" or "… was sent back" (with the coordinator's comment). */
export function reviewEmail(
  config: Config,
  to: Recipient,
  outcome: 'published' | 'sentBack',
  course: { id: number; titles: Record<string, string>; comment: string },
): OutgoingEmail {
  const lang = isLanguage(to.preferredLanguage) ? to.preferredLanguage : 'en';
  const t = translator(lang);
  const title = course.titles[lang] ?? Object.values(course.titles)[0] ?? '';
  return {
    to: to.email,
    kind: `course-${outcome === 'published' ? 'published' : 'sent-back'}`,
    subject: t(`courses.email.${outcome}.subject`, { title }),
    text: t(`courses.email.${outcome}.body`, {
      name: to.name,
      title,
      comment: course.comment,
      link: `${config.BASE_URL}/authoring/courses/${course.id}`,
    }),
  };
}
