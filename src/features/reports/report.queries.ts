import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Tables } from '../../db/tables.ts';

// SQL for the yearly report of learning events. Every figure is one GROUP BY over the events
// held in the year, so the work grows with the rows of that year only (calendar index on
// status + starts_at, registrations by event and status).

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
function held(eb: ExpressionBuilder<Tables & { e: Tables['events'] }, 'e'>, w: YearWindow) {
  return eb.and([
    eb('e.starts_at', '>=', w.from),
    eb('e.starts_at', '<', w.to),
    eb.or([
      eb('e.status', '=', 'held'),
      eb.and([eb('e.status', '=', 'published'), eb('e.ends_at', '<', w.now)]),
    ]),
  ]);
}

function heldEventIds(db: Db, w: YearWindow) {
  return db
    .selectFrom('events as e')
    .select('e.id')
    .where((eb) => held(eb, w));
}

const n = (v: unknown): number => Number(v ?? 0);

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

/** Registrations of held events: those who held a seat, those who attended, unique attendees. */
export async function countRegistrations(
  db: Db,
  w: YearWindow,
): Promise<{ registered: number; attended: number; uniqueAttended: number }> {
  const byStatus = await db
    .selectFrom('registrations as r')
    .where('r.event_id', 'in', heldEventIds(db, w))
    .where('r.status', 'in', ['registered', 'attended', 'no_show'])
    .select(['r.status', (eb) => eb.fn.countAll().as('c')])
    .groupBy('r.status')
    .execute();
  const unique = await db
    .selectFrom('registrations as r')
    .where('r.event_id', 'in', heldEventIds(db, w))
    .where('r.status', '=', 'attended')
    .select((eb) => eb.fn.count('r.user_id').distinct().as('c'))
    .executeTakeFirstOrThrow();
  return {
    registered: byStatus.reduce((s, r) => s + n(r.c), 0),
    attended: n(byStatus.find((r) => r.status === 'attended')?.c),
    uniqueAttended: n(unique.c),
  };
}

export interface ParticipantGroup {
  country: string | null;
  gender: string | null;
  organisationKind: string | null;
  worldRegion: string | null;
  cityId: number | null;
  cityName: string | null;
  count: number;
}

/**
 * Unique attendees of the year grouped by everything the report breaks them down by at once
 * (country, gender, organisation kind, region, city); few groups, folded by the service.
 */
export async function participantGroups(db: Db, w: YearWindow): Promise<ParticipantGroup[]> {
  const attendees = db
    .selectFrom('registrations as r')
    .where('r.event_id', 'in', heldEventIds(db, w))
    .where('r.status', '=', 'attended')
    .select('r.user_id');
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .where('u.id', 'in', attendees)
    .select((eb) => [
      eb.fn.coalesce('u.country', 'o.country').as('country'),
      'u.gender',
      'o.kind',
      'o.world_region',
      'o.id',
      'o.name',
      eb.fn.countAll().as('c'),
    ])
    .groupBy(['u.country', 'o.country', 'u.gender', 'o.kind', 'o.world_region', 'o.id', 'o.name'])
    .execute();
  return rows.map((r) => {
    const isCity = r.kind === 'local_authority' || r.kind === 'regional_authority';
    return {
      country: r.country,
      gender: r.gender,
      organisationKind: r.kind,
      worldRegion: r.world_region,
      cityId: isCity ? r.id : null,
      cityName: isCity ? r.name : null,
      count: n(r.c),
    };
  });
}

/** Average evaluation scores of the held events (null when nobody answered). */
export async function evaluationAverages(
  db: Db,
  w: YearWindow,
): Promise<{
  responses: number;
  satisfaction: number | null;
  usefulness: number | null;
  relevance: number | null;
}> {
  const row = await db
    .selectFrom('evaluations as ev')
    .where('ev.event_id', 'in', heldEventIds(db, w))
    .select((eb) => [
      eb.fn.countAll().as('responses'),
      eb.fn.avg('ev.satisfaction').as('satisfaction'),
      eb.fn.avg('ev.usefulness').as('usefulness'),
      eb.fn.avg('ev.relevance').as('relevance'),
    ])
    .executeTakeFirstOrThrow();
  const avg = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    responses: n(row.responses),
    satisfaction: avg(row.satisfaction),
    usefulness: avg(row.usefulness),
    relevance: avg(row.relevance),
  };
}

/** Course runs held in the year (not cancelled, starting in it) and their completions. */
export async function runFigures(
  db: Db,
  year: number,
): Promise<{ runs: number; completions: number }> {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const row = await db
    .selectFrom('runs as ru')
    .where('ru.status', '!=', 'cancelled')
    .where('ru.starts_on', '>=', from)
    .where('ru.starts_on', '<', to)
    .select((eb) => [
      eb.fn.countAll().as('runs'),
      eb
        .selectFrom('enrolments as en')
        .innerJoin('runs as r2', 'r2.id', 'en.run_id')
        .where('en.status', '=', 'completed')
        .where('r2.status', '!=', 'cancelled')
        .where('r2.starts_on', '>=', from)
        .where('r2.starts_on', '<', to)
        .select((e2) => e2.fn.countAll().as('c'))
        .as('completions'),
    ])
    .executeTakeFirstOrThrow();
  return { runs: n(row.runs), completions: n(row.completions) };
}

export interface HeldEvent {
  id: number;
  slug: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  title: string;
  cityName: string | null;
  isDemo: boolean;
  registered: number;
  attended: number;
}

/** The events held in the year, in date order, with their seat-holders and attendees. */
export async function listHeldEvents(db: Db, w: YearWindow, lang: string): Promise<HeldEvent[]> {
  const rows = await db
    .selectFrom('events as e')
    .leftJoin('organisations as v', 'v.id', 'e.venue_city_id')
    .leftJoin(
      (qb) =>
        qb
          .selectFrom('registrations as r')
          .where('r.event_id', 'in', heldEventIds(db, w))
          .where('r.status', 'in', ['registered', 'attended', 'no_show'])
          .select((eb) => [
            'r.event_id',
            eb.fn.countAll().as('registered'),
            eb.fn.sum(sql`case when r.status = 'attended' then 1 else 0 end`).as('attended'),
          ])
          .groupBy('r.event_id')
          .as('rc'),
      (join) => join.onRef('rc.event_id', '=', 'e.id'),
    )
    .where((eb) => held(eb, w))
    .select((eb) => [
      'e.id',
      'e.slug',
      'e.kind',
      'e.starts_at',
      'e.ends_at',
      'e.is_demo',
      'v.name as city_name',
      'rc.registered',
      'rc.attended',
      eb
        .selectFrom('event_translations as t')
        .select('t.title')
        .whereRef('t.event_id', '=', 'e.id')
        .orderBy(
          sql`case when t.language = ${lang} then 0 when t.language = 'en' then 1 else 2 end`,
        )
        .limit(1)
        .as('title'),
    ])
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    kind: r.kind,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    title: r.title ?? r.slug,
    cityName: r.city_name,
    isDemo: r.is_demo === 1,
    registered: n(r.registered),
    attended: n(r.attended),
  }));
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
