import type { Db } from './database.ts';

// Slugs are unique per table; a new one takes the first free "<base>", "<base>-2", "<base>-3"…

/** The table's slugs equal to `base` or starting with "<base>-". */
export async function selectSlugsStartingWith(
  db: Db,
  table:
    | 'courses'
    | 'organisations'
    | 'practices'
    | 'exchanges'
    | 'twinnings'
    | 'resources'
    | 'experts'
    | 'news_posts',
  base: string,
): Promise<string[]> {
  // A slug holds only a-z, 0-9 and "-", so it needs no LIKE escaping. A range on the unique
  // index would be faster but depends on the collation, which may ignore punctuation.
  const rows = await db
    .selectFrom(table)
    .select('slug')
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
    .execute();
  return rows.map((r) => r.slug);
}
