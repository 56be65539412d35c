import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Tables } from '../../db/tables.ts';

// SQL for the yearly report of learning events: which events count as held in a year, their counts
// by kind, theme, partner and venue region, course runs, and the years to list (the people side is
// in report-attendance.queries.ts). Every figure is read from indexes over the year's rows
// (calendar index on status + starts_at, the report indexes of migrations 0014 and 0017). On
// SQLite a GROUP BY sorts every input row, so groups are formed over index order or few rows.

/** The UTC instants bounding a calendar year, and "now" (what ended before it was held). */
export interface YearWindow {
  from: string;
  to: string;
  now: string;
}

export interface Count {
  key: string;
  label: string | null;
  count: number;
}

/** "Held" = marked held, or published and already over; counted in the year it starts (UTC). */
export function held(eb: ExpressionBuilder<Tables & { e: Tables['events'] }, 'e'>, w: YearWindow) {
  return eb.and([
    eb('e.starts_at', '>=', w.from),
    eb('e.starts_at', '<', w.to),
    eb.or([
      eb('e.status', '=', 'held'),
      eb.and([eb('e.status', '=', 'published'), eb('e.ends_at', '<', w.now)]),
    ]),
  ]);
}

export function heldEventIds(db: Db, w: YearWindow) {
  return db
    .selectFrom('events as e')
    .select('e.id')
    .where((eb) => held(eb, w));
}

/** A count or sum as the drivers return it (PostgreSQL: text for bigint) as a number. */
export const n = (v: unknown): number => Number(v ?? 0);

/** Events held, counted by kind. */
export async function countByKind(db: Db, w: YearWindow): Promise<Count[]> {
  const rows = await db
    .selectFrom('events as e')
    .where((eb) => held(eb, w))
    .select(['e.kind', (eb) => eb.fn.countAll().as('c')])
    .groupBy('e.kind')
    .execute();
  return rows.map((r) => ({ key: r.kind, label: null, count: n(r.c) }));
}

/** Events held, counted by theme (an event with two themes counts for both). */
export async function countByTheme(db: Db, w: YearWindow, lang: string): Promise<Count[]> {
  const rows = await db
    .selectFrom('event_themes as et')
    .innerJoin('themes as th', 'th.id', 'et.theme_id')
    .where('et.event_id', 'in', heldEventIds(db, w))
    .select((eb) => [
      'th.slug',
      eb
        .selectFrom('theme_translations as tt')
        .select('tt.name')
        .whereRef('tt.theme_id', '=', 'th.id')
        .orderBy(
          sql`case when tt.language = ${lang} then 0 when tt.language = 'en' then 1 else 2 end`,
        )
        .limit(1)
        .as('name'),
      eb.fn.countAll().as('c'),
    ])
    .groupBy(['th.id', 'th.slug'])
    .execute();
  return rows.map((r) => ({ key: r.slug, label: r.name ?? r.slug, count: n(r.c) }));
}

/** Events held, counted by organising partner (the owner included). */
export async function countByPartner(db: Db, w: YearWindow): Promise<Count[]> {
  const rows = await db
    .selectFrom('event_organisers as eo')
    .innerJoin('organisations as o', 'o.id', 'eo.organisation_id')
    .where('eo.event_id', 'in', heldEventIds(db, w))
    .select(['o.slug', 'o.name', (eb) => eb.fn.countAll().as('c')])
    .groupBy(['o.id', 'o.slug', 'o.name'])
    .execute();
  return rows.map((r) => ({ key: r.slug, label: r.name, count: n(r.c) }));
}

/** Events held, counted by the world region of their venue city ('' = online or no venue). */
export async function countByVenueRegion(db: Db, w: YearWindow): Promise<Count[]> {
  const rows = await db
    .selectFrom('events as e')
    .leftJoin('organisations as v', 'v.id', 'e.venue_city_id')
    .where((eb) => held(eb, w))
    .select(['v.world_region', (eb) => eb.fn.countAll().as('c')])
    .groupBy('v.world_region')
    .execute();
  return rows.map((r) => ({ key: r.world_region ?? '', label: null, count: n(r.c) }));
}

/** Course runs held in the year (not cancelled, starting in it) and their completions. */
export async function runFigures(
  db: Db,
  year: number,
): Promise<{ runs: number; completions: number }> {
  const runsOfYear = db
    .selectFrom('runs as ru')
    .where('ru.starts_on', '>=', `${year}-01-01`)
    .where('ru.starts_on', '<', `${year + 1}-01-01`)
    .where('ru.status', '!=', 'cancelled');
  const row = await db
    .selectNoFrom((eb) => [
      runsOfYear.select((e2) => e2.fn.countAll().as('c')).as('runs'),
      eb
        .selectFrom('enrolments as en')
        .where('en.run_id', 'in', runsOfYear.select('ru.id'))
        .where('en.status', '=', 'completed')
        .select((e2) => e2.fn.countAll().as('c'))
        .as('completions'),
    ])
    .executeTakeFirstOrThrow();
  return { runs: n(row.runs), completions: n(row.completions) };
}

/**
 * When the figures may next change without a write: the end of the first published event of the
 * year still running or to come (it then counts as held); null when there is none.
 */
export async function nextHeldChange(db: Db, w: YearWindow): Promise<string | null> {
  const row = await db
    .selectFrom('events as e')
    .where('e.status', '=', 'published')
    .where('e.starts_at', '>=', w.from)
    .where('e.starts_at', '<', w.to)
    .where('e.ends_at', '>=', w.now)
    .select((eb) => eb.fn.min('e.ends_at').as('at'))
    .executeTakeFirst();
  return row?.at ?? null;
}

/** The years in which at least one event was held, newest first. */
export async function listReportYears(db: Db, now: string): Promise<number[]> {
  const rows = await db
    .selectFrom('events as e')
    .where((eb) =>
      eb.or([
        eb('e.status', '=', 'held'),
        eb.and([eb('e.status', '=', 'published'), eb('e.ends_at', '<', now)]),
      ]),
    )
    .select(sql<string>`substr(e.starts_at, 1, 4)`.as('y'))
    .distinct()
    .execute();
  return rows.map((r) => Number(r.y)).sort((a, b) => b - a);
}
