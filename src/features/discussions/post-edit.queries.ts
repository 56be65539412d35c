import type { Db } from '../../db/database.ts';

// An author's changes to their post: the old text kept as a revision, the new one rendered once.

export async function insertRevision(
  db: Db,
  row: { postId: number; body: string; editedBy: number; now: string },
): Promise<void> {
  await db
    .insertInto('post_revisions')
    .values({ post_id: row.postId, body: row.body, edited_by: row.editedBy, created_at: row.now })
    .execute();
}

export async function updatePostBody(
  db: Db,
  row: { postId: number; body: string; bodyHtml: string; status: 'visible' | 'held'; now: string },
): Promise<void> {
  await db
    .updateTable('posts')
    .set({ body: row.body, body_html: row.bodyHtml, status: row.status, edited_at: row.now })
    .where('id', '=', row.postId)
    .execute();
}

/** A deleted post keeps its text for moderators; the thread shows a placeholder. */
export async function markPostDeleted(db: Db, postId: number, now: string): Promise<void> {
  await db
    .updateTable('posts')
    .set({ status: 'deleted', deleted_at: now })
    .where('id', '=', postId)
    .execute();
}
