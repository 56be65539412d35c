import type { Db } from '../../db/database.ts';
import type { Person } from './exchange-parts.queries.ts';

// What the exchange forms offer and check choices against: members of the cities, facilitators,
// course runs and events.

export async function selectCityMembers(db: Db, cityIds: number[]): Promise<Person[]> {
  if (cityIds.length === 0) return [];
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.name', 'o.id as city_id', 'o.name as city_name'])
    .where('u.organisation_id', 'in', cityIds)
    .where('u.is_disabled', '=', 0)
    .orderBy('o.name')
    .orderBy('u.name')
    .orderBy('u.id')
    .limit(500)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, cityId: r.city_id, cityName: r.city_name }));
}

/** Officials with the facilitator role, who may be named an exchange's facilitator. */
export async function selectFacilitators(db: Db): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.name'])
    .where('r.role', '=', 'facilitator')
    .where('u.is_disabled', '=', 0)
    .distinct()
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/** Scheduled course runs with dates (not always-open ones), newest first. */
export async function selectRunChoices(
  db: Db,
): Promise<Array<{ id: number; title: string; startsOn: string | null }>> {
  return db
    .selectFrom('runs')
    .select(['id', 'title', 'starts_on as startsOn'])
    .where('is_always_open', '=', 0)
    .orderBy('starts_on', 'desc')
    .orderBy('id', 'desc')
    .limit(300)
    .execute();
}

export interface EventChoice {
  id: number;
  slug: string;
  startsAt: string;
  titles: Array<{ language: string; title: string }>;
}

/** Published or held events (newest first), or only those with the given ids, with their titles. */
export async function selectEvents(db: Db, ids?: number[]): Promise<EventChoice[]> {
  if (ids?.length === 0) return [];
  let query = db
    .selectFrom('events')
    .select(['id', 'slug', 'starts_at as startsAt'])
    .where('status', 'in', ['published', 'held']);
  if (ids) query = query.where('id', 'in', ids);
  const events = await query.orderBy('starts_at', 'desc').orderBy('id').limit(300).execute();
  if (events.length === 0) return [];
  const texts = await db
    .selectFrom('event_translations')
    .select(['event_id', 'language', 'title'])
    .where(
      'event_id',
      'in',
      events.map((e) => e.id),
    )
    .execute();
  return events.map((e) => ({
    ...e,
    titles: texts
      .filter((x) => x.event_id === e.id)
      .map(({ language, title }) => ({ language, title })),
  }));
}

export async function selectRunExists(db: Db, id: number): Promise<boolean> {
  const row = await db.selectFrom('runs').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}
