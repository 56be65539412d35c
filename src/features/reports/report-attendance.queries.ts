import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { held, heldEventIds, n, type YearWindow } from './report.queries.ts';

// SQL for the people side of the yearly report: registrations, attendees and evaluations of the
// events held in the year. Each registration of the year is read at most twice: once counted (per
// event for the coordinators' list, else in total) and once for its attendee's profile.

const SEATED = ['registered', 'attended', 'no_show'] as const;

/**
 * Registrations of held events: those who held a seat and those who attended, in one pass (a
 * GROUP BY status would sort every row on SQLite).
 */
export async function registrationTotals(
  db: Db,
  w: YearWindow,
): Promise<{ registered: number; attended: number }> {
  const row = await db
    .selectFrom('registrations as r')
    .where('r.event_id', 'in', heldEventIds(db, w))
    .where('r.status', 'in', SEATED)
    .select((eb) => [
      eb.fn.countAll().as('registered'),
      eb.fn.countAll().filterWhere('r.status', '=', 'attended').as('attended'),
    ])
    .executeTakeFirstOrThrow();
  return { registered: n(row.registered), attended: n(row.attended) };
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
 * (country, gender, organisation kind, region, city); few groups, folded by the service. Their sum
 * is the number of unique attendees.
 */
export async function participantGroups(db: Db, w: YearWindow): Promise<ParticipantGroup[]> {
  const attendees = db
    .selectFrom('registrations as r')
    .where('r.event_id', 'in', heldEventIds(db, w))
    .where('r.status', '=', 'attended')
    .select('r.user_id');
  // `+u.id` keeps the planner from looking attendees up one by one and sorting them into groups:
  // it reads the officials in the order of users_report_idx (organisation, gender, country), so
  // the groups form as it goes. Organisations are joined to the few groups afterwards.
  const groups = db
    .selectFrom('users as u')
    .where(sql`+${sql.ref('u.id')}`, 'in', attendees)
    .select((eb) => ['u.organisation_id', 'u.gender', 'u.country', eb.fn.countAll().as('c')])
    .groupBy(['u.organisation_id', 'u.gender', 'u.country'])
    .as('g');
  const rows = await db
    .selectFrom(groups)
    .leftJoin('organisations as o', 'o.id', 'g.organisation_id')
    .select((eb) => [
      eb.fn.coalesce('g.country', 'o.country').as('country'),
      'g.gender',
      'o.kind',
      'o.world_region',
      'o.id',
      'o.name',
      'g.c',
    ])
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

/**
 * The events held in the year, in date order, with their seat-holders and attendees (one grouped
 * pass over the registrations index) and their title in the language, else English, else any.
 */
export async function listHeldEvents(db: Db, w: YearWindow, lang: string): Promise<HeldEvent[]> {
  const rows = await db
    .selectFrom('events as e')
    .leftJoin('organisations as v', 'v.id', 'e.venue_city_id')
    .leftJoin('event_translations as tl', (j) =>
      j.onRef('tl.event_id', '=', 'e.id').on('tl.language', '=', lang),
    )
    .leftJoin('event_translations as te', (j) =>
      j.onRef('te.event_id', '=', 'e.id').on('te.language', '=', 'en'),
    )
    .leftJoin(
      (qb) =>
        qb
          .selectFrom('registrations as r')
          .where('r.event_id', 'in', heldEventIds(db, w))
          .where('r.status', 'in', SEATED)
          .select((eb) => [
            'r.event_id',
            eb.fn.countAll().as('registered'),
            eb.fn.countAll().filterWhere('r.status', '=', 'attended').as('attended'),
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
      eb.fn
        .coalesce(
          'tl.title',
          'te.title',
          eb
            .selectFrom('event_translations as t')
            .select('t.title')
            .whereRef('t.event_id', '=', 'e.id')
            .orderBy('t.language')
            .limit(1),
        )
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
