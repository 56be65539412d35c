import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { parseLanguages } from './organisations.queries.ts';

export interface DirectoryQuery {
  kind: string | null;
  country: string | null;
  worldRegion: string | null;
  partnersOnly: boolean;
  /** Already folded with searchKey. */
  search: string | null;
  /** Keyset cursor: the sort key and id of the last row of the previous page. */
  after: { key: string; id: number } | null;
  limit: number;
}

export interface DirectoryRow {
  id: number;
  slug: string;
  name: string;
  kind: string;
  country: string | null;
  region: string;
  population: number | null;
  languages: string[];
  isPartner: boolean;
  isDemo: boolean;
  sortKey: string;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of the directory in (name_search, id) order. Each equality filter leads an index
 * that continues with (name_search, id), so a page costs one index range read whatever the size.
 */
export async function selectDirectoryPage(db: Db, q: DirectoryQuery): Promise<DirectoryRow[]> {
  let query = db
    .selectFrom('organisations')
    .select([
      'id',
      'slug',
      'name',
      'name_search',
      'kind',
      'country',
      'region',
      'population',
      'languages',
      'is_partner',
      'is_demo',
    ]);
  if (q.kind !== null) query = query.where('kind', '=', q.kind);
  if (q.country !== null) query = query.where('country', '=', q.country);
  if (q.worldRegion !== null) query = query.where('world_region', '=', q.worldRegion);
  if (q.partnersOnly) query = query.where('is_partner', '=', 1);
  if (q.search !== null)
    query = query.where(sql<boolean>`name_search like ${likePattern(q.search)} escape '\\'`);
  const after = q.after;
  if (after !== null)
    query = query.where((eb) =>
      eb(eb.refTuple('name_search', 'id'), '>', eb.tuple(after.key, after.id)),
    );
  const rows = await query.orderBy('name_search').orderBy('id').limit(q.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    country: row.country,
    region: row.region,
    population: row.population === null ? null : Number(row.population),
    languages: parseLanguages(row.languages),
    isPartner: Number(row.is_partner) === 1,
    isDemo: Number(row.is_demo) === 1,
    sortKey: row.name_search,
  }));
}
