import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

// Officials a post may mention, and the mentions kept.

/**
 * Active officials whose name has one of these lengths (in characters): the names a post's
 * "@Name" candidates may be; the caller compares them folded (case and accents ignored).
 */
export async function selectNamesOfLengths(
  db: Db,
  lengths: readonly number[],
): Promise<Array<{ id: number; name: string }>> {
  if (lengths.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('is_disabled', '=', 0)
    .where(sql<number>`length(name)`, 'in', [...new Set(lengths)])
    .execute();
}

export async function insertMentions(db: Db, postId: number, userIds: readonly number[]) {
  if (userIds.length === 0) return;
  await db
    .insertInto('post_mentions')
    .values(userIds.map((userId) => ({ post_id: postId, user_id: userId })))
    .onConflict((oc) => oc.columns(['post_id', 'user_id']).doNothing())
    .execute();
}

export async function selectMentionedIds(db: Db, postId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('post_mentions')
    .select('user_id')
    .where('post_id', '=', postId)
    .execute();
  return rows.map((r) => r.user_id);
}
