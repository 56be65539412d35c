import type { Db, Dialect } from '../../db/database.ts';
import { CITY_KINDS } from './city-members.queries.ts';
import { parseLanguages, type CityRef } from './practice.queries.ts';

// SQL for the cities good practices belong to: the cities an official may choose, the list's
// city filter, and the lock that makes a city's new practices take turns.

/** Cities (local and regional authorities) by id, or all of them when `ids` is 'all'; by name. */
export async function selectCities(db: Db, ids: number[] | 'all'): Promise<CityRef[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  let query = db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name', 'languages'])
    .where('kind', 'in', [...CITY_KINDS]);
  if (ids !== 'all') query = query.where('id', 'in', ids);
  const rows = await query.orderBy('name_search').orderBy('id').execute();
  return rows.map((r) => ({ ...r, languages: parseLanguages(r.languages) }));
}

export async function selectCityById(db: Db, id: number): Promise<CityRef | undefined> {
  return (await selectCities(db, [id]))[0];
}

export async function selectCityBySlug(db: Db, slug: string): Promise<CityRef | undefined> {
  const row = await db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name', 'languages'])
    .where('slug', '=', slug)
    .where('kind', 'in', [...CITY_KINDS])
    .executeTakeFirst();
  return row && { ...row, languages: parseLanguages(row.languages) };
}

/** Cities that have published practices, by name (the list's city filter). */
export async function selectCitiesWithPractices(db: Db): Promise<CityRef[]> {
  const rows = await db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.slug', 'o.name', 'o.languages'])
    // Driven from the published practices (an index on status), not from every organisation.
    .where('o.id', 'in', (eb) =>
      eb
        .selectFrom('practices as p')
        .select('p.organisation_id')
        .where('p.status', '=', 'published'),
    )
    .orderBy('o.name_search')
    .orderBy('o.id')
    .execute();
  return rows.map((r) => ({ ...r, languages: parseLanguages(r.languages) }));
}

/**
 * Locks the city's row until the transaction ends, so that two new practices of one city take
 * turns (PostgreSQL; SQLite has one writer at a time already).
 */
export async function lockCity(db: Db, dialect: Dialect, cityId: number): Promise<void> {
  const query = db.selectFrom('organisations').select('id').where('id', '=', cityId);
  await (dialect === 'postgres' ? query.forUpdate() : query).execute();
}
