import { selectCacheVersions } from '../../db/cache-versions.queries.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import {
  evaluationAverages,
  listHeldEvents,
  participantGroups,
  registrationTotals,
  type HeldEvent,
  type ParticipantGroup,
} from './report-attendance.queries.ts';
import { cachedReport, keepReport } from './report-cache.ts';
import { canSeeEventList } from './report.policy.ts';
import {
  countByKind,
  countByPartner,
  countByTheme,
  countByVenueRegion,
  listReportYears,
  nextHeldChange,
  runFigures,
  type Count,
  type YearWindow,
} from './report.queries.ts';

export type { Count, HeldEvent };

export interface YearReport {
  year: number;
  eventsHeld: number;
  byKind: Count[];
  byTheme: Count[];
  byPartner: Count[];
  byVenueRegion: Count[];
  participants: { unique: number; total: number };
  byCountry: Count[];
  byRegion: Count[];
  byGender: Count[];
  byOrganisationKind: Count[];
  byCity: Count[];
  attendance: { registered: number; attended: number; rate: number | null };
  evaluations: Awaited<ReturnType<typeof evaluationAverages>>;
  runs: { runs: number; completions: number };
  /** The events held, by name: coordinators only (null for everyone else). */
  events: HeldEvent[] | null;
}

/**
 * A year from the URL: four digits from 2000 to next year. Not a number at all is a page that
 * does not exist (404); a number out of range is a clear 400.
 */
export function parseYear(text: string, now: Date): number {
  if (!/^\d+$/.test(text)) throw new AppError('NOT_FOUND');
  const year = Number(text);
  if (text.length !== 4 || year < 2000 || year > now.getUTCFullYear() + 1)
    throw new AppError('VALIDATION', 'reports.errors.year', {
      values: { max: now.getUTCFullYear() + 1 },
    });
  return year;
}

/** Largest first, then by key: the order of every table and chart. */
function sorted(counts: Count[]): Count[] {
  return counts.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Folds the participant groups by one of their properties. */
function fold(
  groups: ParticipantGroup[],
  keyOf: (g: ParticipantGroup) => string,
  labelOf: (g: ParticipantGroup) => string | null = () => null,
): Count[] {
  const out = new Map<string, Count>();
  for (const g of groups) {
    const key = keyOf(g);
    const c = out.get(key) ?? { key, label: labelOf(g), count: 0 };
    c.count += g.count;
    out.set(key, c);
  }
  return sorted([...out.values()]);
}

/**
 * "Learning events delivered in <year>": public counts; coordinators also get the events. Served
 * from the computed reports kept while their data has not changed; course runs are always read.
 */
export async function getYearReport(
  deps: Deps,
  actor: Actor | null,
  year: number,
  lang: string,
  now = new Date(),
): Promise<YearReport> {
  const { db } = deps;
  // Read before computing: a change committed meanwhile moves the version past the one kept.
  const versions = await selectCacheVersions(db, ['events', 'organisations', 'themes']);
  const version = [...versions.values()].reduce((s, v) => s + v, 0);
  const key = `${year} ${lang} ${canSeeEventList(actor) ? 'full' : 'summary'}`;
  const kept = cachedReport(db, key, version, now.toISOString());
  if (kept) return { ...kept, runs: await runFigures(db, year) };
  const { report, validUntil } = await computeYearReport(deps, actor, year, lang, now);
  keepReport(db, key, { version, validUntil, report });
  return report;
}

/**
 * The report computed from the data (the cold path, also timed by the benchmark), and until when
 * it stays true without a write: see nextHeldChange.
 */
export async function computeYearReport(
  deps: Deps,
  actor: Actor | null,
  year: number,
  lang: string,
  now = new Date(),
): Promise<{ report: YearReport; validUntil: string | null }> {
  const { db } = deps;
  const w: YearWindow = {
    from: `${year}-01-01T00:00:00.000Z`,
    to: `${year + 1}-01-01T00:00:00.000Z`,
    now: now.toISOString(),
  };
  // Coordinators' list counts each event's registrations: the totals are its sums, not a pass more.
  const seesList = canSeeEventList(actor);
  const [kinds, themes, partners, regions, groups, evaluations, runs, events, totals, validUntil] =
    await Promise.all([
      countByKind(db, w),
      countByTheme(db, w, lang),
      countByPartner(db, w),
      countByVenueRegion(db, w),
      participantGroups(db, w),
      evaluationAverages(db, w),
      runFigures(db, year),
      seesList ? listHeldEvents(db, w, lang) : null,
      seesList ? null : registrationTotals(db, w),
      nextHeldChange(db, w),
    ]);
  const regs = totals ?? {
    registered: events!.reduce((s, e) => s + e.registered, 0),
    attended: events!.reduce((s, e) => s + e.attended, 0),
  };
  const report: YearReport = {
    year,
    eventsHeld: kinds.reduce((s, c) => s + c.count, 0),
    byKind: sorted(kinds),
    byTheme: sorted(themes),
    byPartner: sorted(partners),
    byVenueRegion: sorted(regions),
    participants: { unique: groups.reduce((s, g) => s + g.count, 0), total: regs.attended },
    byCountry: fold(groups, (g) => g.country ?? ''),
    byRegion: fold(groups, (g) => g.worldRegion ?? ''),
    byGender: fold(groups, (g) => g.gender ?? ''),
    byOrganisationKind: fold(groups, (g) => g.organisationKind ?? ''),
    byCity: fold(
      groups.filter((g) => g.cityId !== null),
      (g) => String(g.cityId),
      (g) => g.cityName,
    ),
    attendance: {
      registered: regs.registered,
      attended: regs.attended,
      rate: regs.registered > 0 ? regs.attended / regs.registered : null,
    },
    evaluations,
    runs,
    events,
  };
  return { report, validUntil };
}

/** The years that have at least one event held, newest first. */
export async function getReportYears(deps: Deps, now = new Date()): Promise<number[]> {
  return listReportYears(deps.db, now.toISOString());
}
