import { bumpCacheVersion } from '../../db/cache-versions.queries.ts';
import type { Db } from '../../db/database.ts';
import { CITY_KINDS } from './city-members.queries.ts';

// A city's CityShare profile: the organisation row of a local or regional authority, read and
// written here with only the fields CityShare edits.

export interface City {
  id: number;
  slug: string;
  name: string;
  kind: string;
  country: string | null;
  region: string;
  population: number | null;
  languages: string[];
  migrationContext: string;
}

export interface CityProfileUpdate {
  languages: string[];
  population: number | null;
  region: string;
  migrationContext: string;
}

function parseLanguages(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function citiesQuery(db: Db) {
  return db
    .selectFrom('organisations')
    .select([
      'id',
      'slug',
      'name',
      'kind',
      'country',
      'region',
      'population',
      'languages',
      'migration_context',
    ])
    .where('kind', 'in', [...CITY_KINDS]);
}

type CityRow = Awaited<ReturnType<ReturnType<typeof citiesQuery>['executeTakeFirstOrThrow']>>;

function toCity(row: CityRow): City {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    country: row.country,
    region: row.region,
    population: row.population === null ? null : Number(row.population),
    languages: parseLanguages(row.languages),
    migrationContext: row.migration_context,
  };
}

/** The city with this slug; undefined when there is none or the organisation is not a city. */
export async function selectCityBySlug(db: Db, slug: string): Promise<City | undefined> {
  const row = await citiesQuery(db).where('slug', '=', slug).executeTakeFirst();
  return row ? toCity(row) : undefined;
}

export async function selectCityById(db: Db, id: number): Promise<City | undefined> {
  const row = await citiesQuery(db).where('id', '=', id).executeTakeFirst();
  return row ? toCity(row) : undefined;
}

/** Whether the official is one of the city's coordinators. */
export async function selectIsCityCoordinator(
  db: Db,
  cityId: number,
  userId: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('city_coordinators')
    .select('user_id')
    .where('organisation_id', '=', cityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Writes the profile fields; the directory and organisation pages show some of them. */
export async function updateCityProfile(
  db: Db,
  cityId: number,
  p: CityProfileUpdate,
  now: string,
): Promise<void> {
  await db
    .updateTable('organisations')
    .set({
      languages: JSON.stringify(p.languages),
      population: p.population,
      region: p.region,
      migration_context: p.migrationContext,
      updated_at: now,
    })
    .where('id', '=', cityId)
    .execute();
  await bumpCacheVersion(db, 'organisations');
}
