import type { Db } from '../../db/database.ts';

// Reports of posts: one per post and reporter (a second one is ignored), resolved by a moderator.

export interface ModeratedPost {
  id: number;
  threadId: number;
  authorId: number | null;
  authorName: string;
  status: string;
  body: string;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  hiddenAt: string | null;
}

/** The post as moderation sees it (any status), or undefined. */
export async function selectModeratedPost(
  db: Db,
  postId: number,
): Promise<ModeratedPost | undefined> {
  return db
    .selectFrom('posts as p')
    .leftJoin('users as u', 'u.id', 'p.author_id')
    .select([
      'p.id',
      'p.thread_id as threadId',
      'p.author_id as authorId',
      'u.name as authorName',
      'p.status',
      'p.body',
      'p.created_at as createdAt',
      'p.edited_at as editedAt',
      'p.deleted_at as deletedAt',
      'p.hidden_at as hiddenAt',
    ])
    .where('p.id', '=', postId)
    .executeTakeFirst()
    .then((r) => (r ? { ...r, authorName: r.authorName ?? '' } : undefined));
}

/** Records a report; false when this official had already reported the post (nothing changed). */
export async function insertReport(
  db: Db,
  row: { postId: number; reporterId: number; reason: string; note: string; now: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto('post_reports')
    .values({
      post_id: row.postId,
      reporter_id: row.reporterId,
      reason: row.reason,
      note: row.note,
      created_at: row.now,
    })
    .onConflict((oc) => oc.columns(['post_id', 'reporter_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Whether the official has reported the post already. */
export async function hasReported(db: Db, postId: number, reporterId: number): Promise<boolean> {
  const row = await db
    .selectFrom('post_reports')
    .select('id')
    .where('post_id', '=', postId)
    .where('reporter_id', '=', reporterId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Resolves every open report of the post with the outcome; returns how many. */
export async function resolveOpenReports(
  db: Db,
  postId: number,
  outcome: 'hidden' | 'dismissed',
  by: number,
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('post_reports')
    .set({ resolved_at: now, resolved_by: by, outcome })
    .where('post_id', '=', postId)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The report's post and whether it is still open, or undefined. */
export async function selectReport(
  db: Db,
  reportId: number,
): Promise<{ id: number; postId: number; isOpen: boolean } | undefined> {
  const row = await db
    .selectFrom('post_reports')
    .select(['id', 'post_id', 'resolved_at'])
    .where('id', '=', reportId)
    .executeTakeFirst();
  return row && { id: row.id, postId: row.post_id, isOpen: row.resolved_at === null };
}

/** Dismisses one open report; false when it was resolved already. */
export async function dismissReport(
  db: Db,
  reportId: number,
  by: number,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('post_reports')
    .set({ resolved_at: now, resolved_by: by, outcome: 'dismissed' })
    .where('id', '=', reportId)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
