import type { Db } from '../../db/database.ts';
import { isSubjectKind, type SubjectRef } from './subjects.ts';

// One thread's own row, as every discussion service first reads it.

export interface ThreadRef {
  id: number;
  subject: SubjectRef;
  title: string;
  authorId: number | null;
  isPinned: boolean;
  isLocked: boolean;
  answerPostId: number | null;
  postCount: number;
  lastPostId: number | null;
  lastPostAt: string;
  isDemo: boolean;
  createdAt: string;
}

export async function selectThread(db: Db, id: number): Promise<ThreadRef | undefined> {
  const row = await db.selectFrom('threads').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !isSubjectKind(row.subject_kind)) return undefined;
  return {
    id: row.id,
    subject: { kind: row.subject_kind, id: row.subject_id },
    title: row.title,
    authorId: row.author_id,
    isPinned: row.is_pinned === 1,
    isLocked: row.is_locked === 1,
    answerPostId: row.answer_post_id,
    postCount: Number(row.post_count),
    lastPostId: row.last_post_id,
    lastPostAt: row.last_post_at,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
  };
}

/** The thread a post belongs to, or undefined. */
export async function selectThreadIdOfPost(db: Db, postId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('posts')
    .select('thread_id')
    .where('id', '=', postId)
    .executeTakeFirst();
  return row?.thread_id;
}
