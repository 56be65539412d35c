import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

// SQL of resources shown in lists beside others: related resources, and their titles.

export interface ResourceLink {
  slug: string;
  title: string;
  kind: string;
  year: number | null;
}

/**
 * The title of the resource aliased `r` in the reader's language, else English, else its first
 * language: one look-up on the (resource_id, language) key per row.
 */
export function titleOf(language: string) {
  return sql<string>`(SELECT t.title FROM resource_translations t WHERE t.resource_id = r.id
    ORDER BY CASE WHEN t.language = ${language} THEN 0 WHEN t.language = 'en' THEN 1 ELSE 2 END,
    t.language LIMIT 1)`;
}

export const toLink = (r: {
  slug: string;
  title: string | null;
  kind: string;
  year: number | null;
}): ResourceLink => ({
  slug: r.slug,
  title: r.title ?? r.slug,
  kind: r.kind,
  year: r.year === null ? null : Number(r.year),
});

/**
 * Up to `limit` published resources sharing the most themes with this one (newer first among
 * equals), in one query: its themes → other resources through resource_themes_theme_idx.
 */
export async function selectRelatedResources(
  db: Db,
  resourceId: number,
  language: string,
  limit: number,
): Promise<ResourceLink[]> {
  const rows = await db
    .with('shared', (qb) =>
      qb
        .selectFrom('resource_themes as mine')
        .innerJoin('resource_themes as other', 'other.theme_id', 'mine.theme_id')
        .select(['other.resource_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('mine.resource_id', '=', resourceId)
        .where('other.resource_id', '<>', resourceId)
        .groupBy('other.resource_id'),
    )
    .selectFrom('shared as s')
    .innerJoin('resources as r', 'r.id', 's.resource_id')
    .select(['r.slug', 'r.kind', 'r.year', titleOf(language).as('title')])
    .where('r.status', '=', 'published')
    .orderBy('s.n', 'desc')
    .orderBy(sql`coalesce(r.year, 0)`, 'desc')
    .orderBy('r.published_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toLink);
}
