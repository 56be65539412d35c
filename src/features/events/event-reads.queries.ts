import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { EventFields } from './events.queries.ts';

// SQL that reads events: the calendar, the month view, the event page and a run's sessions.

/** Statuses the public calendar shows (drafts never). */
export const LISTED_STATUSES = ['published', 'cancelled', 'held'] as const;

export interface CalendarQuery {
  when: 'upcoming' | 'past';
  now: string;
  themeSlug: string | null;
  kind: string | null;
  /** World region of the venue city, else of the owning organisation. */
  region: string | null;
  partnerSlug: string | null;
  /** An organisation's page: events it organises or that take place in it (a city). */
  organisationId?: number;
  year: number | null;
  limit: number;
  offset: number;
}

export interface EventRow extends EventFields {
  id: number;
  seatsTaken: number;
}

const EVENT_COLUMNS = [
  'events.id',
  'events.slug',
  'events.kind',
  'events.status',
  'events.organisation_id',
  'events.starts_at',
  'events.ends_at',
  'events.time_zone',
  'events.venue_city_id',
  'events.venue_address',
  'events.online_url',
  'events.capacity',
  'events.seats_taken',
  'events.run_id',
  'events.curriculum_id',
] as const;

function toEventRow(r: {
  id: number;
  slug: string;
  kind: string;
  status: string;
  organisation_id: number;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  venue_city_id: number | null;
  venue_address: string;
  online_url: string;
  capacity: number | null;
  seats_taken: number;
  run_id: number | null;
  curriculum_id: number | null;
}): EventRow {
  return {
    id: r.id,
    slug: r.slug,
    kind: r.kind,
    status: r.status,
    organisationId: r.organisation_id,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    timeZone: r.time_zone,
    venueCityId: r.venue_city_id,
    venueAddress: r.venue_address,
    onlineUrl: r.online_url,
    capacity: r.capacity === null ? null : Number(r.capacity),
    seatsTaken: Number(r.seats_taken),
    runId: r.run_id,
    curriculumId: r.curriculum_id,
  };
}

/** One page of listed events matching the filters (ask for one more row to know if more follow). */
export async function selectCalendarPage(db: Db, f: CalendarQuery): Promise<EventRow[]> {
  let query = db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('events.status', 'in', [...LISTED_STATUSES]);
  // Upcoming includes events under way (not yet ended); past ones have ended.
  query =
    f.when === 'upcoming'
      ? query.where('events.ends_at', '>=', f.now)
      : query.where('events.ends_at', '<', f.now);
  if (f.kind) query = query.where('events.kind', '=', f.kind);
  if (f.year !== null)
    query = query
      .where('events.starts_at', '>=', `${f.year}-01-01T00:00:00.000Z`)
      .where('events.starts_at', '<', `${f.year + 1}-01-01T00:00:00.000Z`);
  if (f.themeSlug) {
    const slug = f.themeSlug;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_themes as et')
          .innerJoin('themes as th', 'th.id', 'et.theme_id')
          .select(sql`1`.as('one'))
          .whereRef('et.event_id', '=', 'events.id')
          .where('th.slug', '=', slug),
      ),
    );
  }
  if (f.partnerSlug) {
    const slug = f.partnerSlug;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_organisers as eo')
          .innerJoin('organisations as o', 'o.id', 'eo.organisation_id')
          .select(sql`1`.as('one'))
          .whereRef('eo.event_id', '=', 'events.id')
          .where('o.slug', '=', slug),
      ),
    );
  }
  if (f.organisationId !== undefined) {
    const id = f.organisationId;
    query = query.where((eb) =>
      eb.or([
        eb('events.venue_city_id', '=', id),
        eb.exists(
          eb
            .selectFrom('event_organisers as eo')
            .select(sql`1`.as('one'))
            .whereRef('eo.event_id', '=', 'events.id')
            .where('eo.organisation_id', '=', id),
        ),
      ]),
    );
  }
  if (f.region) {
    const region = f.region;
    query = query
      .innerJoin('organisations as owner', 'owner.id', 'events.organisation_id')
      .leftJoin('organisations as venue', 'venue.id', 'events.venue_city_id')
      .where(sql<string>`coalesce(venue.world_region, owner.world_region)`, '=', region);
  }
  const direction = f.when === 'upcoming' ? 'asc' : 'desc';
  const rows = await query
    .orderBy('events.starts_at', direction)
    .orderBy('events.id', direction)
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return rows.map(toEventRow);
}

/** Listed events starting in [from, to) (UTC instants), in order. */
export async function selectEventsBetween(db: Db, from: string, to: string): Promise<EventRow[]> {
  const rows = await db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('events.status', 'in', [...LISTED_STATUSES])
    .where('events.starts_at', '>=', from)
    .where('events.starts_at', '<', to)
    .orderBy('events.starts_at')
    .orderBy('events.id')
    .execute();
  return rows.map(toEventRow);
}

/** The listed events linked to a course run (its live sessions), in order. */
export async function selectRunSessions(db: Db, runId: number): Promise<EventRow[]> {
  const rows = await db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('events.run_id', '=', runId)
    .where('events.status', 'in', [...LISTED_STATUSES])
    .orderBy('events.starts_at')
    .orderBy('events.id')
    .execute();
  return rows.map(toEventRow);
}

/** The listed events that validated a curriculum, oldest first. */
export async function selectCurriculumEvents(db: Db, curriculumId: number): Promise<EventRow[]> {
  const rows = await db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('events.curriculum_id', '=', curriculumId)
    .where('events.status', 'in', [...LISTED_STATUSES])
    .orderBy('events.starts_at')
    .orderBy('events.id')
    .execute();
  return rows.map(toEventRow);
}

/** An event by its slug, whatever its status. */
export async function selectEventBySlug(db: Db, slug: string): Promise<EventRow | undefined> {
  const row = await db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .where('events.slug', '=', slug)
    .executeTakeFirst();
  return row && toEventRow(row);
}

/** The titles (and descriptions) in every language of these events. */
export async function selectEventTexts(
  db: Db,
  ids: number[],
): Promise<Array<{ eventId: number; language: string; title: string; description: string }>> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('event_translations')
    .select(['event_id as eventId', 'language', 'title', 'description'])
    .where('event_id', 'in', ids)
    .orderBy('language')
    .execute();
}

/** The titles of these events in every language (lists need no descriptions). */
export async function selectEventTitles(
  db: Db,
  ids: number[],
): Promise<Array<{ eventId: number; language: string; title: string }>> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('event_translations')
    .select(['event_id as eventId', 'language', 'title'])
    .where('event_id', 'in', ids)
    .orderBy('language')
    .execute();
}

/** The themes of these events, named in the reader's language and in English. */
export async function selectEventThemes(
  db: Db,
  ids: number[],
  language: string,
): Promise<Array<{ eventId: number; slug: string; name: string; language: string }>> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('event_themes as et')
    .innerJoin('themes as th', 'th.id', 'et.theme_id')
    .innerJoin('theme_translations as tt', 'tt.theme_id', 'th.id')
    .select(['et.event_id as eventId', 'th.slug', 'tt.name', 'tt.language'])
    .where('et.event_id', 'in', ids)
    .where('tt.language', 'in', [language, 'en'])
    .orderBy('th.position')
    .execute();
}

/** The organising organisations (the owner among them) of one event. */
export async function selectEventOrganisers(
  db: Db,
  eventId: number,
): Promise<Array<{ id: number; slug: string; name: string }>> {
  return db
    .selectFrom('event_organisers as eo')
    .innerJoin('organisations as o', 'o.id', 'eo.organisation_id')
    .select(['o.id', 'o.slug', 'o.name'])
    .where('eo.event_id', '=', eventId)
    .orderBy('o.name_search')
    .execute();
}

/** The facilitators and speakers of one event. */
export async function selectEventPeople(
  db: Db,
  eventId: number,
): Promise<Array<{ userId: number; name: string; role: string }>> {
  return db
    .selectFrom('event_people as ep')
    .innerJoin('users as u', 'u.id', 'ep.user_id')
    .select(['ep.user_id as userId', 'u.name', 'ep.role'])
    .where('ep.event_id', '=', eventId)
    .orderBy('u.name')
    .execute();
}

/** An organisation's slug and name (the venue city of an event). */
export async function selectOrganisationLink(
  db: Db,
  id: number,
): Promise<{ slug: string; name: string } | undefined> {
  return db
    .selectFrom('organisations')
    .select(['slug', 'name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Organisations that organise at least one listed event, for the partner filter. */
export async function selectEventPartners(db: Db): Promise<Array<{ slug: string; name: string }>> {
  return (
    db
      .selectFrom('organisations as o')
      .select(['o.slug', 'o.name'])
      // EXISTS per organisation stops at its first listed event: a few thousand organisations
      // probe an index instead of a pass over every event's organisers.
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('event_organisers as eo')
            .innerJoin('events as e', 'e.id', 'eo.event_id')
            .select('eo.event_id')
            .whereRef('eo.organisation_id', '=', 'o.id')
            .where('e.status', 'in', [...LISTED_STATUSES]),
        ),
      )
      .orderBy('o.name_search')
      .execute()
  );
}
