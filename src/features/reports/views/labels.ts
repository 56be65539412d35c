import { countryName } from '../../../web/countries.ts';
import type { Page } from '../../../web/page.ts';
import type { Count, YearReport } from '../report.service.ts';

// Every breakdown of the report with its translated heading and item labels, shared by the page
// and the CSV so both say the same thing.

export type Dimension =
  | 'byKind'
  | 'byTheme'
  | 'byPartner'
  | 'byVenueRegion'
  | 'byCountry'
  | 'byRegion'
  | 'byGender'
  | 'byOrganisationKind'
  | 'byCity';

export const EVENT_DIMENSIONS: Dimension[] = ['byKind', 'byTheme', 'byPartner', 'byVenueRegion'];
export const PARTICIPANT_DIMENSIONS: Dimension[] = [
  'byCountry',
  'byRegion',
  'byGender',
  'byOrganisationKind',
  'byCity',
];

/** The label of one counted item of a breakdown, in the page's language. */
export function itemLabel(page: Page, dimension: Dimension, c: Count): string {
  const { t } = page;
  switch (dimension) {
    case 'byKind':
      return t(`reports.kinds.${c.key}`);
    case 'byVenueRegion':
      return c.key === '' ? t('reports.onlineOrNoVenue') : t(`organisations.worldRegions.${c.key}`);
    case 'byCountry':
      return c.key === '' ? t('reports.notStated') : countryName(c.key, page.lang);
    case 'byRegion':
      return c.key === '' ? t('reports.notStated') : t(`organisations.worldRegions.${c.key}`);
    case 'byGender':
      return c.key === '' ? t('reports.notStated') : t(`accounts.gender.${c.key}`);
    case 'byOrganisationKind':
      return c.key === '' ? t('reports.noOrganisation') : t(`organisations.kinds.${c.key}`);
    default:
      return c.label ?? c.key;
  }
}

/** A breakdown as label/value bars, in the report's order. */
export function barsOf(page: Page, report: YearReport, dimension: Dimension) {
  return report[dimension].map((c) => ({
    label: itemLabel(page, dimension, c),
    value: c.count,
  }));
}

/** An average score out of 5 with one decimal, or a dash when nobody answered. */
export function score(page: Page, value: number | null): string {
  return value === null ? '—' : page.formatNumber(Math.round(value * 10) / 10);
}

/** The attendance rate as a whole percentage, or a dash without registrations. */
export function rate(page: Page, value: number | null): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(page.lang, { style: 'percent' }).format(value);
}
