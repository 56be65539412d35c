import { sql } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';

// Writing one resource's row of the search index (migration 0022), one statement per engine. The
// texts arrive folded (search-text.ts).

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

export async function writeIndexRow(
  db: Db,
  dialect: Dialect,
  row: { resourceId: number; title: string; body: string },
): Promise<void> {
  if (dialect === 'postgres') {
    await sql`INSERT INTO resource_search (resource_id, title, body)
      VALUES (${row.resourceId}, to_tsvector('simple', ${row.title}), to_tsvector('simple', ${row.body}))
      ON CONFLICT (resource_id) DO UPDATE SET title = excluded.title, body = excluded.body`.execute(
      db,
    );
    return;
  }
  await sql`DELETE FROM resource_search WHERE rowid = ${row.resourceId}`.execute(db);
  await sql`INSERT INTO resource_search (rowid, title, body)
    VALUES (${row.resourceId}, ${row.title}, ${row.body})`.execute(db);
}
