import { sql } from 'kysely';
import type { Db, Dialect } from '../db/database.ts';
import type { QueryGroup } from './text.ts';

// The platform's one search function: which rows of a search index hold a query's words, one
// branch per engine (SQLite FTS5 without stored content, rowid = the row's id; PostgreSQL two
// tsvectors with GIN indexes). Every index has a title and a body. Query words hold only letters
// and digits (text.ts folds them), so quoting them in either engine's query syntax is safe.

/** The search indexes and the column of PostgreSQL's table that holds the row's id. */
export const SEARCH_INDEXES = {
  resource_search: 'resource_id', // library resources (migration 0022)
  thread_search: 'thread_id', // discussion threads (migration 0027)
} as const;
export type SearchIndex = keyof typeof SEARCH_INDEXES;

/** The FTS5 expression of the groups: every group must match (a space is AND in FTS5). */
function ftsExpression(groups: QueryGroup[]): string {
  return groups
    .map((g) =>
      g.kind === 'word' ? `"${g.word}"${g.prefix ? '*' : ''}` : `"${g.words.join(' ')}"`,
    )
    .join(' ');
}

/** One group as a PostgreSQL tsquery: `'word':*`, `'word'` or `('w1' <-> 'w2')`. */
function tsGroup(g: QueryGroup): string {
  if (g.kind === 'word') return `'${g.word}'${g.prefix ? ':*' : ''}`;
  return `(${g.words.map((w) => `'${w}'`).join(' <-> ')})`;
}

/**
 * The ids of the index's rows whose titles hold every group, or ('anywhere') whose titles or
 * bodies hold each group.
 */
export async function matchingIds(
  db: Db,
  dialect: Dialect,
  index: SearchIndex,
  groups: QueryGroup[],
  where: 'title' | 'anywhere',
): Promise<number[]> {
  if (groups.length === 0) return [];
  const table = sql.table(index);
  if (dialect === 'postgres') {
    const condition =
      where === 'title'
        ? sql`title @@ to_tsquery('simple', ${groups.map(tsGroup).join(' & ')})`
        : sql.join(
            groups.map((g) => {
              const q = sql`to_tsquery('simple', ${tsGroup(g)})`;
              return sql`(title @@ ${q} OR body @@ ${q})`;
            }),
            sql` AND `,
          );
    // The planner does not count the cost of reading large tsvectors (a document's text) in a
    // sequential scan and may prefer one to the GIN indexes; the indexes are always the better way.
    const rows = await db.transaction().execute(async (tx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      const found = await sql<{
        ids: unknown;
      }>`SELECT json_agg(${sql.ref(SEARCH_INDEXES[index])}) AS ids
        FROM ${table} WHERE ${condition}`.execute(tx);
      return found.rows;
    });
    return idList(rows[0]?.ids);
  }
  const expression = ftsExpression(groups);
  const match = where === 'title' ? `{title} : (${expression})` : expression;
  const { rows } = await sql<{ ids: unknown }>`SELECT json_group_array(rowid) AS ids
    FROM ${table} WHERE ${table} MATCH ${match}`.execute(db);
  return idList(rows[0]?.ids);
}

/**
 * The ids as one JSON array rather than a row each: a common word matches tens of thousands of
 * rows, and one value is read several times faster than as many rows.
 */
function idList(value: unknown): number[] {
  const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(list) ? list.map(Number) : [];
}

/** Writes (or replaces) one row of an index from text already folded by text.ts. */
export async function writeIndexRow(
  db: Db,
  dialect: Dialect,
  index: SearchIndex,
  row: { id: number; title: string; body: string },
): Promise<void> {
  const table = sql.table(index);
  if (dialect === 'postgres') {
    const key = sql.ref(SEARCH_INDEXES[index]);
    await sql`INSERT INTO ${table} (${key}, title, body)
      VALUES (${row.id}, to_tsvector('simple', ${row.title}), to_tsvector('simple', ${row.body}))
      ON CONFLICT (${key}) DO UPDATE SET title = excluded.title, body = excluded.body`.execute(db);
    return;
  }
  await sql`DELETE FROM ${table} WHERE rowid = ${row.id}`.execute(db);
  await sql`INSERT INTO ${table} (rowid, title, body)
    VALUES (${row.id}, ${row.title}, ${row.body})`.execute(db);
}
