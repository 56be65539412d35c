import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { canSeeEventList } from './report.policy.ts';
import {
  countByKind,
  countByPartner,
  countByTheme,
  countByVenueRegion,
  countRegistrations,
  evaluationAverages,
  listHeldEvents,
  listReportYears,
  participantGroups,
  runFigures,
  type Count,
  type HeldEvent,
  type ParticipantGroup,
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

/** "Learning events delivered in <year>": public counts; coordinators also get the events. */
export async function getYearReport(
  deps: Deps,
  actor: Actor | null,
  year: number,
  lang: string,
  now = new Date(),
): Promise<YearReport> {
  const { db } = deps;
  const w: YearWindow = {
    from: `${year}-01-01T00:00:00.000Z`,
    to: `${year + 1}-01-01T00:00:00.000Z`,
    now: now.toISOString(),
  };
  const [kinds, themes, partners, regions, regs, groups, evaluations, runs, events] =
    await Promise.all([
      countByKind(db, w),
      countByTheme(db, w, lang),
      countByPartner(db, w),
      countByVenueRegion(db, w),
      countRegistrations(db, w),
      participantGroups(db, w),
      evaluationAverages(db, w),
      runFigures(db, year),
      canSeeEventList(actor) ? listHeldEvents(db, w, lang) : Promise.resolve(null),
    ]);
  return {
    year,
    eventsHeld: kinds.reduce((s, c) => s + c.count, 0),
    byKind: sorted(kinds),
    byTheme: sorted(themes),
    byPartner: sorted(partners),
    byVenueRegion: sorted(regions),
    participants: { unique: regs.uniqueAttended, total: regs.attended },
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
}

/** The years that have at least one event held, newest first. */
export async function getReportYears(deps: Deps, now = new Date()): Promise<number[]> {
  return listReportYears(deps.db, now.toISOString());
}
