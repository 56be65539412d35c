import type { Db } from '../../db/database.ts';
import type { SubjectRef } from './subjects.ts';

// Writing threads and posts. A thread's counters (post_count, last_post_*) follow its visible
// posts; each writer calls refreshThreadCounters in the same transaction.

export async function insertThread(
  db: Db,
  row: {
    subject: SubjectRef;
    title: string;
    authorId: number | null;
    now: string;
    isDemo?: boolean;
    isPinned?: boolean;
    requestKey?: string | null;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('threads')
    .values({
      subject_kind: row.subject.kind,
      subject_id: row.subject.id,
      title: row.title,
      author_id: row.authorId,
      is_pinned: row.isPinned ? 1 : 0,
      last_post_at: row.now,
      created_at: row.now,
      is_demo: row.isDemo ? 1 : 0,
      request_key: row.requestKey ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertPost(
  db: Db,
  row: {
    threadId: number;
    authorId: number | null;
    body: string;
    bodyHtml: string;
    quotePostId?: number | null;
    status?: 'visible' | 'held';
    now: string;
    isDemo?: boolean;
    requestKey?: string | null;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('posts')
    .values({
      thread_id: row.threadId,
      author_id: row.authorId,
      body: row.body,
      body_html: row.bodyHtml,
      quote_post_id: row.quotePostId ?? null,
      status: row.status ?? 'visible',
      created_at: row.now,
      is_demo: row.isDemo ? 1 : 0,
      request_key: row.requestKey ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Recounts a thread's visible posts and its latest one (after a post is added, hidden, deleted). */
export async function refreshThreadCounters(db: Db, threadId: number): Promise<void> {
  const last = await db
    .selectFrom('posts')
    .select(['id', 'created_at'])
    .where('thread_id', '=', threadId)
    .where('status', '=', 'visible')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const count = await db
    .selectFrom('posts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('thread_id', '=', threadId)
    .where('status', '=', 'visible')
    .executeTakeFirstOrThrow();
  let update = db
    .updateTable('threads')
    .set({ post_count: Number(count.n), last_post_id: last?.id ?? null })
    .where('id', '=', threadId);
  if (last) update = update.set({ last_post_at: last.created_at });
  await update.execute();
}

/** The thread a "new thread" form with this key made, if any (a second submission finds it). */
export async function selectThreadByRequestKey(
  db: Db,
  requestKey: string,
): Promise<{ id: number; authorId: number | null } | undefined> {
  return db
    .selectFrom('threads')
    .select(['id', 'author_id as authorId'])
    .where('request_key', '=', requestKey)
    .executeTakeFirst();
}

/** The official follows the thread, unless they follow or muted it already. */
export async function followThread(
  db: Db,
  threadId: number,
  userId: number,
  now: string,
): Promise<void> {
  await db
    .insertInto('thread_follows')
    .values({ thread_id: threadId, user_id: userId, state: 'following', updated_at: now })
    .onConflict((oc) => oc.columns(['thread_id', 'user_id']).doNothing())
    .execute();
}

/** Who follows the thread (not muted). */
export async function selectFollowerIds(db: Db, threadId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('thread_follows')
    .select('user_id')
    .where('thread_id', '=', threadId)
    .where('state', '=', 'following')
    .execute();
  return rows.map((r) => r.user_id);
}
