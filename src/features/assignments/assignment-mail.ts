import type { Config } from '../../config.ts';
import type { OutgoingEmail } from '../../mail/mail.ts';
import { isLanguage, translator } from '../../web/i18n.ts';
import type { Learner } from './grading.queries.ts';

/** "Your assignment was graded", in the learner's language, with the score and a link. */
export function gradedEmail(
  config: Config,
  to: Learner,
  graded: {
    runId: number;
    lessonId: number;
    titles: Record<string, string>;
    score: number;
    maxScore: number;
    passed: boolean;
  },
): OutgoingEmail {
  const lang = isLanguage(to.preferredLanguage) ? to.preferredLanguage : 'en';
  const t = translator(lang);
  const title = graded.titles[lang] ?? graded.titles.en ?? Object.values(graded.titles)[0] ?? '';
  const score = new Intl.NumberFormat(lang).format(graded.score);
  const max = new Intl.NumberFormat(lang).format(graded.maxScore);
  return {
    to: to.email,
    kind: 'assignment-graded',
    subject: t('assignments.email.subject', { title }),
    text: t(graded.passed ? 'assignments.email.bodyPassed' : 'assignments.email.bodyNotPassed', {
      name: to.name,
      title,
      score,
      max,
      link: `${config.BASE_URL}/learn/${graded.runId}/assignment/${graded.lessonId}`,
    }),
  };
}
