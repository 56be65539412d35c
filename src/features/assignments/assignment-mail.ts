import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { isLanguage, translator, type Language } from '../../web/i18n.ts';
import { notify } from '../notifications/notify.ts';
import type { Learner } from './grading.queries.ts';

// "Your assignment was graded": a notification leading to the learner's assignment page, and
// its e-mail in the learner's language with the score.

export interface Graded {
  submissionId: number;
  runId: number;
  lessonId: number;
  titles: Record<string, string>;
  score: number;
  maxScore: number;
  passed: boolean;
}

function valuesIn(lang: Language, graded: Graded) {
  const title = graded.titles[lang] ?? graded.titles.en ?? Object.values(graded.titles)[0] ?? '';
  const number = new Intl.NumberFormat(lang);
  return { title, score: number.format(graded.score), max: number.format(graded.maxScore) };
}

/** Tells the learner of the grade (in the grading transaction; once per submission). */
export async function tellGraded(
  db: Db,
  config: Config,
  to: Learner,
  graded: Graded,
  graderId: number,
): Promise<void> {
  const link = `/learn/${graded.runId}/assignment/${graded.lessonId}`;
  const lang = isLanguage(to.preferredLanguage) ? to.preferredLanguage : 'en';
  await notify(db, config, {
    kind: 'grade',
    message: graded.passed ? 'assignments.notify.passed' : 'assignments.notify.notPassed',
    params: valuesIn(lang, graded),
    link,
    recipients: [to.id],
    actorId: graderId,
    source: `submission:${graded.submissionId}`,
    email: (l) => {
      const t = translator(l);
      const values = valuesIn(l, graded);
      return {
        subject: t('assignments.email.subject', values),
        text: t(
          graded.passed ? 'assignments.email.bodyPassed' : 'assignments.email.bodyNotPassed',
          {
            ...values,
            name: to.name,
            link: `${config.BASE_URL}${link}`,
          },
        ),
      };
    },
  });
}
