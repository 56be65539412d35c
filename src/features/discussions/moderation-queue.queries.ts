import type { Db } from '../../db/database.ts';
import { subjectsOf } from './moderation.queries.ts';
import type { SubjectRef } from './subjects.ts';

// What waits for moderators (open reports, held posts) and the record of what they did.

const QUEUE_LIMIT = 500;

export interface QueuedPost {
  postId: number;
  threadId: number;
  threadTitle: string;
  subject: SubjectRef;
  authorId: number | null;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface OpenReport {
  id: number;
  postId: number;
  reason: string;
  note: string;
  reporterName: string;
  createdAt: string;
}

function postsWith(db: Db) {
  return db
    .selectFrom('posts as p')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .leftJoin('users as u', 'u.id', 'p.author_id')
    .select([
      'p.id as postId',
      't.id as threadId',
      't.title as threadTitle',
      't.subject_kind as kind',
      't.subject_id as subjectId',
      'p.author_id as authorId',
      'u.name as authorName',
      'p.body',
      'p.created_at as createdAt',
    ]);
}

type PostRow = {
  postId: number;
  threadId: number;
  threadTitle: string;
  kind: string;
  subjectId: number;
  authorId: number | null;
  authorName: string | null;
  body: string;
  createdAt: string;
};

function toQueued(rows: PostRow[]): QueuedPost[] {
  const out: QueuedPost[] = [];
  for (const r of rows) {
    const [subject] = subjectsOf([{ kind: r.kind, id: Number(r.subjectId) }]);
    if (!subject) continue;
    out.push({
      postId: r.postId,
      threadId: r.threadId,
      threadTitle: r.threadTitle,
      subject,
      authorId: r.authorId,
      authorName: r.authorName ?? '',
      body: r.body,
      createdAt: r.createdAt,
    });
  }
  return out;
}

/** Posts with open reports (oldest report first) and those reports. */
export async function selectReportedPosts(
  db: Db,
): Promise<{ posts: QueuedPost[]; reports: OpenReport[] }> {
  const reports = await db
    .selectFrom('post_reports as r')
    .innerJoin('users as u', 'u.id', 'r.reporter_id')
    .select([
      'r.id',
      'r.post_id as postId',
      'r.reason',
      'r.note',
      'u.name as reporterName',
      'r.created_at as createdAt',
    ])
    .where('r.resolved_at', 'is', null)
    .orderBy('r.id', 'asc')
    .limit(QUEUE_LIMIT)
    .execute();
  const ids = [...new Set(reports.map((r) => r.postId))];
  if (ids.length === 0) return { posts: [], reports: [] };
  const rows = await postsWith(db).where('p.id', 'in', ids).execute();
  const byId = new Map(toQueued(rows).map((p) => [p.postId, p]));
  return { posts: ids.flatMap((id) => byId.get(id) ?? []), reports };
}

/** Posts held for review (links from new accounts), oldest first. */
export async function selectHeldPosts(db: Db): Promise<QueuedPost[]> {
  const rows = await postsWith(db)
    .where('p.status', '=', 'held')
    .orderBy('p.id', 'asc')
    .limit(QUEUE_LIMIT)
    .execute();
  return toQueued(rows);
}

export interface LogEntry {
  id: number;
  actorName: string;
  action: string;
  subjectKind: string;
  subjectId: number;
  threadId: number | null;
  threadTitle: string | null;
  postId: number | null;
  userName: string | null;
  reason: string;
  createdAt: string;
}

/** Every subject the log names (to find those an official moderates). */
export async function selectLoggedSubjects(db: Db): Promise<SubjectRef[]> {
  const rows = await db
    .selectFrom('moderation_actions')
    .select(['subject_kind as kind', 'subject_id as id'])
    .distinct()
    .execute();
  return subjectsOf(rows.map((r) => ({ kind: r.kind, id: Number(r.id) })));
}

/** A page of the log, newest first, for all subjects or only the given ones. */
export async function selectLog(
  db: Db,
  subjects: SubjectRef[] | 'all',
  offset: number,
  limit: number,
): Promise<LogEntry[]> {
  if (subjects !== 'all' && subjects.length === 0) return [];
  let query = db
    .selectFrom('moderation_actions as a')
    .leftJoin('users as actor', 'actor.id', 'a.actor_id')
    .leftJoin('users as target', 'target.id', 'a.user_id')
    .leftJoin('threads as t', 't.id', 'a.thread_id')
    .select([
      'a.id',
      'actor.name as actorName',
      'a.action',
      'a.subject_kind as subjectKind',
      'a.subject_id as subjectId',
      'a.thread_id as threadId',
      't.title as threadTitle',
      'a.post_id as postId',
      'target.name as userName',
      'a.reason',
      'a.created_at as createdAt',
    ]);
  if (subjects !== 'all') {
    const byKind = new Map<string, number[]>();
    for (const s of subjects) byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s.id]);
    query = query.where((eb) =>
      eb.or(
        [...byKind].map(([kind, ids]) =>
          eb.and([eb('a.subject_kind', '=', kind), eb('a.subject_id', 'in', ids)]),
        ),
      ),
    );
  }
  const rows = await query.orderBy('a.id', 'desc').offset(offset).limit(limit).execute();
  return rows.map((r) => ({
    ...r,
    actorName: r.actorName ?? '',
    subjectId: Number(r.subjectId),
  }));
}
