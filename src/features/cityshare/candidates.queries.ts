import type { Db } from '../../db/database.ts';
import { CITY_KINDS } from './city-members.queries.ts';

// The candidates for suggestions and pairing: every city with a current self-assessment, read in
// one query (the levels are the six-digit copies on the assessment row, see migration 0019).

export interface CandidateRow {
  id: number;
  slug: string;
  name: string;
  country: string | null;
  worldRegion: string | null;
  population: number | null;
  languages: string[];
  strengths: string;
  needs: string;
  isPrivate: boolean;
  /** An invented demo assessment. */
  isDemo: boolean;
}

/** The languages column (JSON text) as a list of codes; anything malformed reads as none. */
function parseLanguages(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Every city's current assessment with the facts suggestions filter on, in (name, id) order. */
export async function selectCandidateRows(db: Db): Promise<CandidateRow[]> {
  const rows = await db
    .selectFrom('assessments as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .where('a.is_current', '=', 1)
    .where('o.kind', 'in', [...CITY_KINDS])
    .select([
      'o.id',
      'o.slug',
      'o.name',
      'o.country',
      'o.world_region',
      'o.population',
      'o.languages',
      'a.strengths',
      'a.needs',
      'a.is_private',
      'a.is_demo',
    ])
    .orderBy('o.name')
    .orderBy('o.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    country: r.country,
    worldRegion: r.world_region,
    population: r.population === null ? null : Number(r.population),
    languages: parseLanguages(r.languages),
    strengths: r.strengths,
    needs: r.needs,
    isPrivate: Number(r.is_private) === 1,
    isDemo: Number(r.is_demo) === 1,
  }));
}

export interface CityRef {
  id: number;
  slug: string;
  name: string;
}

/** A city (local or regional authority) by its slug. */
export async function selectCityBySlug(db: Db, slug: string): Promise<CityRef | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name'])
    .where('slug', '=', slug)
    .where('kind', 'in', [...CITY_KINDS])
    .executeTakeFirst();
}

/** A city by id, or undefined when the organisation is not a city. */
export async function selectCityById(db: Db, id: number): Promise<CityRef | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name'])
    .where('id', '=', id)
    .where('kind', 'in', [...CITY_KINDS])
    .executeTakeFirst();
}

/** Cities by id (any of them), in (name, id) order. */
export async function selectCitiesByIds(db: Db, ids: readonly number[]): Promise<CityRef[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name'])
    .where('id', 'in', [...ids])
    .where('kind', 'in', [...CITY_KINDS])
    .orderBy('name')
    .orderBy('id')
    .execute();
}
