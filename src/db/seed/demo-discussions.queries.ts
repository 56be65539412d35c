import type { Db } from '../database.ts';

// The few reads and writes the demo discussions need beyond the factories: finding the subjects
// the other demo loaders made, a mention and an accepted answer.

/** The id of the demo run with this title (the runs' loader does not hand its ids back). */
export async function selectDemoRunId(db: Db, title: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('runs')
    .select('id')
    .where('title', '=', title)
    .where('is_demo', '=', 1)
    .executeTakeFirst();
  return row?.id;
}

/** The id of the twinning project with this slug, if there is one. */
export async function selectTwinningIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('twinnings')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row?.id;
}

/** Records that a post mentioned an official. */
export async function insertMention(db: Db, postId: number, userId: number): Promise<void> {
  await db.insertInto('post_mentions').values({ post_id: postId, user_id: userId }).execute();
}

/** Marks a post as the accepted answer of its thread. */
export async function updateAnswer(db: Db, threadId: number, postId: number): Promise<void> {
  await db
    .updateTable('threads')
    .set({ answer_post_id: postId })
    .where('id', '=', threadId)
    .execute();
}
