import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { isLanguage, translator, type Language } from '../../web/i18n.ts';
import { formattersFor } from '../../web/page.ts';
import type { NotificationKind } from '../notifications/kinds.ts';
import { notify } from '../notifications/notify.ts';
import { selectTranslations } from './courses.queries.ts';
import { selectRecipients, type Recipient } from './enrolments.queries.ts';
import type { Run } from './runs.queries.ts';

// Notifications about a place in a run (in the app, and e-mailed as each official chose), the
// e-mail in the recipient's preferred language.

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
function linkFor(message: RunMessage, run: Run & { course: { slug: string } }): string {
  if (message === 'evaluate') return `/learn/${run.id}/evaluation`;
  if (LEARNING.has(message)) return `/learn/${run.id}`;
  return `/courses/${run.course.slug}`;
}

/** A seat freed from a waiting list is a promotion; every other message is about the enrolment. */
function kindOf(message: RunMessage): NotificationKind {
  return message === 'promoted' ? 'promotion' : 'enrolment';
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
 * Tells the officials of these enrolments (in the caller's transaction, so they are told only
 * of a change that was kept). The invitation to evaluate goes once per run and end date.
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
  const courseIn = (lang: string) => titles[lang] ?? titles.en ?? Object.values(titles)[0] ?? '';
  const link = linkFor(message, run);
  // One notice per official: the e-mail greets them by name and names the course in their language.
  for (const r of to) {
    const values = (lang: Language) => ({
      name: r.name,
      course: courseIn(lang),
      run: runLabel(run, lang),
      link: `${config.BASE_URL}${link}`,
    });
    // The in-app line's values are plain text, named in the official's preferred language.
    const lang = isLanguage(r.preferredLanguage) ? r.preferredLanguage : 'en';
    await notify(db, config, {
      kind: kindOf(message),
      message: `runs.notify.${message}`,
      params: { course: courseIn(lang), run: runLabel(run, lang) },
      link,
      recipients: [r.userId],
      source: message === 'evaluate' ? `run-evaluate:${run.id}:${run.endsOn ?? ''}` : undefined,
      email: (l) => {
        const t = translator(l);
        return {
          subject: t(`runs.email.${message}.subject`, values(l)),
          text: t(`runs.email.${message}.body`, values(l)),
        };
      },
    });
  }
}
