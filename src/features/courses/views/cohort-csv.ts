import type { T } from '../../../web/i18n.ts';
import type { Cohort } from '../cohort.service.ts';
import { resultText } from './cohort-results.ts';
import { pickTitle } from './labels.ts';

/** The cohort as spreadsheet rows: a translated header, then one row per learner. */
export function cohortCsvRows(
  t: T,
  lang: string,
  cohort: Cohort,
): Array<Array<string | number | null>> {
  const header = [
    'name',
    'email',
    'organisation',
    'status',
    'lessonsDone',
    'percent',
    'lastActivity',
    'inactive',
  ]
    .map((k) => t(`cohort.columns.${k}`))
    .concat(cohort.assessed.map((a) => pickTitle(a.titles, lang)));
  return [
    header,
    ...cohort.learners.map((l) => [
      l.name,
      l.email,
      l.organisationName,
      t(`cohort.status.${l.status}`),
      `${l.requiredDone}/${cohort.requiredLessons}`,
      l.percent,
      l.lastActivityAt,
      l.inactive ? t('cohort.yes') : t('cohort.no'),
      ...cohort.assessed.map((a) => resultText(t, l.results.get(a.id))),
    ]),
  ];
}
