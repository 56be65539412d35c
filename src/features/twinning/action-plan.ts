import type { T } from '../../web/i18n.ts';
import { toCsv } from '../../web/csv.ts';
import { isOverdue } from './twinning-timeline.ts';
import type { ActionRow, TwinningDetail } from './twinning.queries.ts';

// The action plan as data for its exports: a CSV with every field (numbers left raw, for
// spreadsheets) and the translated, formatted table that the PDF draws.

export interface Formatters {
  t: T;
  formatDate(isoDate: string): string;
  formatNumber(n: number): string;
}

export interface ActionPlanTable {
  title: string;
  subtitle: string[];
  headers: string[];
  rows: Array<{ cells: string[]; late: boolean; detail: string }>;
  empty: string;
  pageLabel(page: number, pages: number): string;
}

/** The plan as CSV: one row per action, headers in the reader's language. */
export function actionPlanCsv(actions: ActionRow[], t: T, today: string): string {
  const f = (k: string) => t(`twinning.action.fields.${k}`);
  const header = [
    '#',
    f('title'),
    f('description'),
    f('ownerCity'),
    f('ownerUser'),
    f('dueOn'),
    f('status'),
    t('twinning.plan.overdue'),
    f('costAmount'),
    f('costCurrency'),
    f('fundingSource'),
    f('indicator'),
    f('baseline'),
    f('target'),
    f('currentValue'),
    f('risks'),
  ];
  const rows = actions.map((a, i) => [
    i + 1,
    a.title,
    a.description,
    a.ownerCityName,
    a.ownerUserName ?? '',
    a.dueOn,
    t(`twinning.actionStatus.${a.status}`),
    isOverdue(a, today) ? t('twinning.yes') : '',
    a.costAmount,
    a.costCurrency,
    a.fundingSource,
    a.indicator,
    a.baseline,
    a.target,
    a.currentValue,
    a.risks,
  ]);
  return toCsv([header, ...rows]);
}

function money(f: Formatters, lang: string, a: ActionRow): string {
  if (a.costAmount === null) return '';
  try {
    return new Intl.NumberFormat(lang, {
      style: 'currency',
      currency: a.costCurrency,
      maximumFractionDigits: 0,
    }).format(a.costAmount);
  } catch {
    return `${f.formatNumber(a.costAmount)} ${a.costCurrency}`;
  }
}

/** The plan as the PDF's table: translated headers, formatted dates, numbers and money. */
export function actionPlanTable(
  project: TwinningDetail,
  actions: ActionRow[],
  f: Formatters & { lang: string },
  today: string,
): ActionPlanTable {
  const { t } = f;
  const n = (v: number | null) => (v === null ? '–' : f.formatNumber(v));
  return {
    title: t('twinning.plan.pdfTitle', { title: project.title }),
    subtitle: [
      project.cities.map((c) => c.name).join(' · '),
      t('twinning.dates', {
        start: f.formatDate(project.startsOn),
        end: f.formatDate(project.endsOn),
      }),
      t('twinning.plan.printedOn', { date: f.formatDate(today) }),
    ],
    headers: [
      '#',
      t('twinning.action.fields.title'),
      t('twinning.plan.owner'),
      t('twinning.action.fields.dueOn'),
      t('twinning.action.fields.status'),
      t('twinning.plan.cost'),
      t('twinning.plan.indicator'),
    ],
    rows: actions.map((a, i) => {
      const late = isOverdue(a, today);
      return {
        late,
        cells: [
          String(i + 1),
          a.title,
          a.ownerUserName ? `${a.ownerCityName} — ${a.ownerUserName}` : a.ownerCityName,
          f.formatDate(a.dueOn),
          late
            ? `${t(`twinning.actionStatus.${a.status}`)} · ${t('twinning.plan.overdue')}`
            : t(`twinning.actionStatus.${a.status}`),
          money(f, f.lang, a),
          a.indicator
            ? t('twinning.plan.indicatorValues', {
                indicator: a.indicator,
                baseline: n(a.baseline),
                current: n(a.currentValue),
                target: n(a.target),
              })
            : '',
        ],
        detail: [a.fundingSource, a.risks].filter(Boolean).join(' · '),
      };
    }),
    empty: t('twinning.plan.empty'),
    pageLabel: (page, pages) => t('twinning.plan.page', { page, pages }),
  };
}
