import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

// Fixed-window counters in the rate_limits table, shared by every process. Each statement is a
// single atomic upsert or update, so parallel requests never lose a count on either database.

/** Counts one attempt under `key` and returns the count and end of the current window. */
export async function incrementCounter(
  db: Db,
  key: string,
  now: string,
  windowEndsAt: string,
): Promise<{ count: number; resetAt: string }> {
  const expired = sql<boolean>`${sql.ref('rate_limits.reset_at')} <= ${now}`;
  const row = await db
    .insertInto('rate_limits')
    .values({ key, count: 1, reset_at: windowEndsAt })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when ${expired} then 1 else ${sql.ref('rate_limits.count')} + 1 end`,
        reset_at: sql<string>`case when ${expired} then ${sql.ref('excluded.reset_at')} else ${sql.ref('rate_limits.reset_at')} end`,
      }),
    )
    .returning(['count', 'reset_at as resetAt'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), resetAt: row.resetAt };
}

/** Takes one attempt back (a successful one does not count against the limit). */
export async function decrementCounter(db: Db, key: string): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set({ count: sql<number>`${sql.ref('count')} - 1` })
    .where('key', '=', key)
    .where('count', '>', 0)
    .execute();
}

export async function deleteCounter(db: Db, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
