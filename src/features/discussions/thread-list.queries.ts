import type { Db } from '../../db/database.ts';
import type { SubjectRef } from './subjects.ts';

// A subject's threads as lists show them (pinned first, then the latest activity, along the index
// threads_subject_idx), and how many visible posts each has that the reader has not seen.

export interface ThreadListRow {
  id: number;
  subject: SubjectRef;
  title: string;
  authorName: string | null;
  /** Visible posts after the first. */
  replies: number;
  lastPostAt: string;
  isPinned: boolean;
  isLocked: boolean;
  isAnswered: boolean;
  isDemo: boolean;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('threads as t')
    .leftJoin('users as u', 'u.id', 't.author_id')
    .select([
      't.id',
      't.subject_kind',
      't.subject_id',
      't.title',
      'u.name as authorName',
      't.post_count',
      't.last_post_at',
      't.is_pinned',
      't.is_locked',
      't.answer_post_id',
      't.is_demo',
    ]);
}

/**
 * Who reads: moderators see every thread; others only threads with a visible post and their own
 * (a thread whose first post waits for a moderator is not listed to others).
 */
export interface Reader {
  userId: number;
  moderates: boolean;
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

function toRow(r: BaseRow): ThreadListRow {
  return {
    id: r.id,
    subject: { kind: r.subject_kind as SubjectRef['kind'], id: r.subject_id },
    title: r.title,
    authorName: r.authorName,
    replies: Math.max(0, Number(r.post_count) - 1),
    lastPostAt: r.last_post_at,
    isPinned: Number(r.is_pinned) === 1,
    isLocked: Number(r.is_locked) === 1,
    isAnswered: r.answer_post_id !== null,
    isDemo: Number(r.is_demo) === 1,
  };
}

/** The subject's threads, counted on threads_subject_idx alone (held ones included). */
export async function countSubjectThreads(db: Db, subject: SubjectRef): Promise<number> {
  const row = await db
    .selectFrom('threads as t')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('t.subject_kind', '=', subject.kind)
    .where('t.subject_id', '=', subject.id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of the subject's threads: pinned first, then the latest activity. */
export async function selectSubjectThreads(
  db: Db,
  subject: SubjectRef,
  reader: Reader,
  offset: number,
  limit: number,
): Promise<ThreadListRow[]> {
  const rows = await baseQuery(db)
    .where('t.subject_kind', '=', subject.kind)
    .where('t.subject_id', '=', subject.id)
    .$if(!reader.moderates, (qb) =>
      qb.where((eb) => eb.or([eb('t.post_count', '>', 0), eb('t.author_id', '=', reader.userId)])),
    )
    .orderBy('t.is_pinned', 'desc')
    .orderBy('t.last_post_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toRow);
}

/** The threads with these ids (in no particular order). */
export async function selectThreadsByIds(db: Db, ids: number[]): Promise<ThreadListRow[]> {
  if (ids.length === 0) return [];
  return (await baseQuery(db).where('t.id', 'in', ids).execute()).map(toRow);
}

/**
 * For each of the threads, the visible posts after the newest one the reader has seen (all of
 * them in a thread never opened): one query whatever the number of threads.
 */
export async function selectNewPostCounts(
  db: Db,
  userId: number,
  threadIds: number[],
): Promise<Map<number, number>> {
  if (threadIds.length === 0) return new Map();
  // Per thread, a range of posts_thread_idx after the reader's last read post.
  const rows = await db
    .selectFrom('threads as t')
    .select((eb) => [
      't.id as thread_id',
      eb
        .selectFrom('posts as p')
        // Status counted, not filtered on, so that no engine prefers posts_status_idx.
        .select((e) =>
          e.fn.sum<number>(e.case().when('p.status', '=', 'visible').then(1).else(0).end()).as('c'),
        )
        .whereRef('p.thread_id', '=', 't.id')
        .where((e) =>
          e(
            'p.id',
            '>',
            e.fn.coalesce(
              e
                .selectFrom('thread_reads as r')
                .select('r.last_read_post_id')
                .whereRef('r.thread_id', '=', 't.id')
                .where('r.user_id', '=', userId),
              e.lit(0),
            ),
          ),
        )
        .as('n'),
    ])
    .where('t.id', 'in', threadIds)
    .execute();
  return new Map(rows.map((r) => [r.thread_id, Number(r.n ?? 0)]));
}

/**
 * Of these thread ids, those in the subjects (kind + id) with a visible post or written by the
 * reader, with when each was last active.
 */
export async function selectThreadsInSubjects(
  db: Db,
  ids: number[],
  subjects: SubjectRef[],
  userId: number,
): Promise<Array<{ id: number; lastPostAt: string }>> {
  if (ids.length === 0 || subjects.length === 0) return [];
  const found: Array<{ id: number; lastPostAt: string }> = [];
  // In slices, so that no statement carries more parameters than either database allows.
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .selectFrom('threads')
      .select(['id', 'last_post_at as lastPostAt'])
      .where('id', 'in', ids.slice(i, i + 1000))
      .where((eb) => eb.or([eb('post_count', '>', 0), eb('author_id', '=', userId)]))
      .where((eb) =>
        eb.or(
          subjects.map((s) =>
            eb.and([eb('subject_kind', '=', s.kind), eb('subject_id', '=', s.id)]),
          ),
        ),
      )
      .execute();
    found.push(...rows);
  }
  return found;
}
