import type { Page } from '../../../web/page.ts';
import type { YearReport } from '../report.service.ts';
import { EVENT_DIMENSIONS, itemLabel, PARTICIPANT_DIMENSIONS } from './labels.ts';

type Row = Array<string | number | null>;

/** The whole report as one table (section, item, value) for a spreadsheet; names are cells, so
 * toCsv neutralises any formula in them. */
export function reportCsvRows(page: Page, report: YearReport): Row[] {
  const { t } = page;
  const rows: Row[] = [[t('reports.csv.section'), t('reports.csv.item'), t('reports.csv.value')]];
  const summary = t('reports.summary');
  const r2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  rows.push(
    [summary, t('reports.figures.eventsHeld'), report.eventsHeld],
    [summary, t('reports.figures.participantsUnique'), report.participants.unique],
    [summary, t('reports.figures.participantsTotal'), report.participants.total],
    [summary, t('reports.figures.registered'), report.attendance.registered],
    [summary, t('reports.figures.attendanceRate'), r2(report.attendance.rate)],
    [summary, t('reports.figures.evaluations'), report.evaluations.responses],
    [summary, t('reports.figures.satisfaction'), r2(report.evaluations.satisfaction)],
    [summary, t('reports.figures.usefulness'), r2(report.evaluations.usefulness)],
    [summary, t('reports.figures.relevance'), r2(report.evaluations.relevance)],
    [summary, t('reports.figures.runs'), report.runs.runs],
    [summary, t('reports.figures.completions'), report.runs.completions],
  );
  for (const d of [...EVENT_DIMENSIONS, ...PARTICIPANT_DIMENSIONS]) {
    const section = t(`reports.dimensions.${d}`);
    for (const c of report[d]) rows.push([section, itemLabel(page, d, c), c.count]);
  }
  const list = t('reports.eventListHeading');
  for (const e of report.events ?? []) rows.push([list, e.title, e.attended]);
  return rows;
}
