import type { Db } from '../../db/database.ts';

// What one resource's row of the search index (migration 0022) is built from; search/text.ts
// folds it and search/match.queries.ts writes it.

/** What the index is built from: every title, and the summaries, authors and files' text. */
export async function selectIndexSources(
  db: Db,
  resourceId: number,
): Promise<
  { titles: string[]; summaries: string[]; authors: string; texts: string[] } | undefined
> {
  const resource = await db
    .selectFrom('resources')
    .select('authors')
    .where('id', '=', resourceId)
    .executeTakeFirst();
  if (!resource) return undefined;
  const translations = await db
    .selectFrom('resource_translations')
    .select(['title', 'summary'])
    .where('resource_id', '=', resourceId)
    .orderBy('language')
    .execute();
  const files = await db
    .selectFrom('resource_files')
    .select('extracted_text')
    .where('resource_id', '=', resourceId)
    .orderBy('id')
    .execute();
  return {
    titles: translations.map((t) => t.title),
    summaries: translations.map((t) => t.summary),
    authors: resource.authors,
    texts: files.map((f) => f.extracted_text),
  };
}
