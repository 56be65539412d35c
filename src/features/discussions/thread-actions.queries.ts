import type { Db } from '../../db/database.ts';
import type { SubjectRef } from './subjects.ts';

// Writes of a thread's actions: follow and mute, pin, lock, the accepted answer, and the record of
// moderators' actions. Flag changes are conditional UPDATEs, so a repeated or double-submitted
// action changes (and records) nothing the second time.

export async function upsertFollow(
  db: Db,
  row: { threadId: number; userId: number; state: 'following' | 'muted'; now: string },
): Promise<void> {
  await db
    .insertInto('thread_follows')
    .values({
      thread_id: row.threadId,
      user_id: row.userId,
      state: row.state,
      updated_at: row.now,
    })
    .onConflict((oc) =>
      oc.columns(['thread_id', 'user_id']).doUpdateSet({ state: row.state, updated_at: row.now }),
    )
    .execute();
}

export async function deleteFollow(db: Db, threadId: number, userId: number): Promise<void> {
  await db
    .deleteFrom('thread_follows')
    .where('thread_id', '=', threadId)
    .where('user_id', '=', userId)
    .execute();
}

/** Sets is_pinned or is_locked; true when the thread changed. */
export async function setThreadFlag(
  db: Db,
  threadId: number,
  flag: 'is_pinned' | 'is_locked',
  on: boolean,
): Promise<boolean> {
  const result = await db
    .updateTable('threads')
    .set({ [flag]: on ? 1 : 0 })
    .where('id', '=', threadId)
    .where(flag, '=', on ? 0 : 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Makes the post the thread's answer; true when it was not already. */
export async function setAnswer(db: Db, threadId: number, postId: number): Promise<boolean> {
  const result = await db
    .updateTable('threads')
    .set({ answer_post_id: postId })
    .where('id', '=', threadId)
    .where((eb) => eb.or([eb('answer_post_id', 'is', null), eb('answer_post_id', '!=', postId)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Clears the answer if it is this post; true when it was. */
export async function clearAnswer(db: Db, threadId: number, postId: number): Promise<boolean> {
  const result = await db
    .updateTable('threads')
    .set({ answer_post_id: null })
    .where('id', '=', threadId)
    .where('answer_post_id', '=', postId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A post's thread and status, for marking it as the answer. */
export async function selectPostForAnswer(
  db: Db,
  postId: number,
): Promise<{ threadId: number; status: string } | undefined> {
  const row = await db
    .selectFrom('posts')
    .select(['thread_id', 'status'])
    .where('id', '=', postId)
    .executeTakeFirst();
  return row ? { threadId: row.thread_id, status: row.status } : undefined;
}

export async function insertModerationAction(
  db: Db,
  row: {
    actorId: number;
    action: 'pin' | 'unpin' | 'lock' | 'unlock' | 'answer' | 'unanswer';
    subject: SubjectRef;
    threadId: number;
    postId?: number;
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('moderation_actions')
    .values({
      actor_id: row.actorId,
      action: row.action,
      subject_kind: row.subject.kind,
      subject_id: row.subject.id,
      thread_id: row.threadId,
      post_id: row.postId ?? null,
      created_at: row.now,
    })
    .execute();
}
