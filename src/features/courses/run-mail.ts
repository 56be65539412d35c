import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { queueEmail } from '../../mail/mail.ts';
import { isLanguage, translator, type Language } from '../../web/i18n.ts';
import { formattersFor } from '../../web/page.ts';
import { selectTranslations } from './courses.queries.ts';
import { selectRecipients, type Recipient } from './enrolments.queries.ts';
import type { Run } from './runs.queries.ts';

// E-mails about a place in a run, each in the recipient's preferred language.

export type RunMessage =
  | 'enrolled'
  | 'waitlisted'
  | 'promoted'
  | 'accepted'
  | 'acceptedWaitlisted'
  | 'declined'
  | 'cancelled'
  | 'evaluate';

const LEARNING: ReadonlySet<RunMessage> = new Set(['enrolled', 'promoted', 'accepted']);

/** A seat leads to the learning pages, an invitation to evaluate to the form; else the course. */
function linkFor(config: Config, message: RunMessage, run: Run & { course: { slug: string } }) {
  if (message === 'evaluate') return `${config.BASE_URL}/learn/${run.id}/evaluation`;
  if (LEARNING.has(message)) return `${config.BASE_URL}/learn/${run.id}`;
  return `${config.BASE_URL}/courses/${run.course.slug}`;
}

/** How a run is named in a message: its title, else its dates, else "always open". */
function runLabel(run: Run, lang: Language): string {
  const t = translator(lang);
  if (run.title) return run.title;
  if (run.startsOn && run.endsOn) {
    const f = formattersFor(lang);
    return t('runs.dates', { start: f.formatDate(run.startsOn), end: f.formatDate(run.endsOn) });
  }
  return t('runs.alwaysOpen');
}

/**
 * Queues one message to the officials of these enrolments (in the caller's transaction, so a
 * message goes out only for a change that was kept).
 */
export async function tellOfficials(
  db: Db,
  config: Config,
  message: RunMessage,
  run: Run & { course: { slug: string } },
  recipients: Recipient[] | Parameters<typeof selectRecipients>[1],
): Promise<void> {
  const to = Array.isArray(recipients) ? recipients : await selectRecipients(db, recipients);
  if (to.length === 0) return;
  const titles = Object.fromEntries(
    (await selectTranslations(db, run.courseId)).map((x) => [x.language, x.title]),
  );
  for (const r of to) {
    const lang = isLanguage(r.preferredLanguage) ? r.preferredLanguage : 'en';
    const t = translator(lang);
    const course = titles[lang] ?? titles.en ?? Object.values(titles)[0] ?? '';
    const values = {
      name: r.name,
      course,
      run: runLabel(run, lang),
      link: linkFor(config, message, run),
    };
    await queueEmail(db, {
      to: r.email,
      kind: `run-${message}`,
      subject: t(`runs.email.${message}.subject`, values),
      text: t(`runs.email.${message}.body`, values),
    });
  }
}
