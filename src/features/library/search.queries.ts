import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

// The library's reads for search: the facet values of every published resource and the texts of
// one page of results (which resources match comes from search/match.queries.ts).

/** What the facets need of one published resource (JSON lists as stored). */
export interface FacetSourceRow {
  id: number;
  kind: string;
  year: number | null;
  publishedAt: string | null;
  languages: string;
  regions: string;
}

/** Every published resource's own facet values, and its themes and publishing organisations. */
export async function selectFacetSources(db: Db): Promise<{
  resources: FacetSourceRow[];
  themes: Array<{ resourceId: number; themeId: number }>;
  organisations: Array<{ resourceId: number; organisationId: number }>;
}> {
  const resources = await db
    .selectFrom('resources')
    .select(['id', 'kind', 'year', 'published_at as publishedAt', 'languages', 'regions'])
    .where('status', '=', 'published')
    .execute();
  const themes = await db
    .selectFrom('resource_themes as rt')
    .innerJoin('resources as r', 'r.id', 'rt.resource_id')
    .select(['rt.resource_id as resourceId', 'rt.theme_id as themeId'])
    .where('r.status', '=', 'published')
    .execute();
  const organisations = await db
    .selectFrom('resource_organisations as ro')
    .innerJoin('resources as r', 'r.id', 'ro.resource_id')
    .select(['ro.resource_id as resourceId', 'ro.organisation_id as organisationId'])
    .where('r.status', '=', 'published')
    .orderBy('ro.resource_id')
    .orderBy('ro.position')
    .execute();
  return {
    resources: resources.map((r) => ({
      ...r,
      id: Number(r.id),
      year: r.year === null ? null : Number(r.year),
    })),
    themes: themes.map((t) => ({ resourceId: Number(t.resourceId), themeId: Number(t.themeId) })),
    organisations: organisations.map((o) => ({
      resourceId: Number(o.resourceId),
      organisationId: Number(o.organisationId),
    })),
  };
}

/** The slugs and names of organisations by id. */
export async function selectOrganisationNames(
  db: Db,
  ids: readonly number[],
): Promise<Array<{ id: number; slug: string; name: string }>> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** An organisation's id by slug, or undefined. */
export async function selectOrganisationIdBySlug(
  db: Db,
  slug: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? Number(row.id) : undefined;
}

export interface ResultTextRow {
  id: number;
  slug: string;
  language: string;
  title: string;
  summary: string;
}

/** Every translation of these resources (one page of results) still published, in language order. */
export async function selectResultTexts(db: Db, ids: readonly number[]): Promise<ResultTextRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('resource_translations as t')
    .innerJoin('resources as r', 'r.id', 't.resource_id')
    .select(['r.id', 'r.slug', 'r.status', 't.language', 't.title', 't.summary'])
    .where('r.id', 'in', [...ids])
    .orderBy('t.language')
    .execute();
  // The status is checked here rather than in SQL, where SQLite would read every published
  // resource through the status index instead of the few asked for by key.
  return rows
    .filter((r) => r.status === 'published')
    .map(({ status: _, ...r }) => ({ ...r, id: Number(r.id) }));
}

/** How much of a file's extracted text is read to find a snippet in. */
export const MAX_SNIPPET_SOURCE = 200_000;

/** The start of these resources' files' extracted text (those with any), in file order. */
export async function selectDocumentTexts(
  db: Db,
  ids: readonly number[],
): Promise<Array<{ resourceId: number; language: string; text: string }>> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('resource_files')
    .select([
      'resource_id as resourceId',
      'language',
      sql<string>`substr(extracted_text, 1, ${MAX_SNIPPET_SOURCE})`.as('text'),
    ])
    .where('resource_id', 'in', [...ids])
    .where('extracted_text', '<>', '')
    .orderBy('resource_id')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, resourceId: Number(r.resourceId) }));
}
