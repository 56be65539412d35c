import type { Deps } from '../../deps.ts';
import type { Highlighted } from '../../search/highlight.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import type { ListQuery } from './discussions.schema.ts';
import { silentMembers } from './participation.service.ts';
import {
  describeSubject,
  rightsIn,
  type SubjectDescription,
  type SubjectRef,
  type SubjectRights,
} from './subjects.ts';
import * as q from './thread-list.queries.ts';
import { findThreads } from './thread-search.service.ts';

// A subject's thread list: one page of threads with what is new for the reader, or the threads
// matching a search within the subject.

export const THREADS_PER_PAGE = 30;

export interface ListedThread extends q.ThreadListRow {
  newPosts: number;
  /** The title with the query's words marked, when searching. */
  marked: Highlighted | null;
}

export interface ThreadList {
  subject: SubjectRef;
  description: SubjectDescription;
  rights: SubjectRights;
  threads: ListedThread[];
  page: number;
  hasMore: boolean;
  /** Threads in the subject, or threads found when searching. */
  total: number;
  query: string;
  /** Members who have not posted yet (moderators of small groups), or null. */
  silent: Array<{ id: number; name: string }> | null;
}

/** The subject if the actor may read it: sign-in first, 404 when missing or unreadable. */
export async function requireReadableSubject(
  deps: Deps,
  actor: Actor | null,
  subject: SubjectRef | undefined,
  lang: string,
): Promise<{ actor: Actor; description: SubjectDescription; rights: SubjectRights }> {
  if (!subject) throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  const signedIn = requireActor(actor);
  const description = await describeSubject(deps, subject, lang);
  const rights = description ? await rightsIn(deps, signedIn, subject) : undefined;
  if (!description || !rights?.read) throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  return { actor: signedIn, description, rights };
}

/** The rows with each one's new posts for the reader, in the order of `rows`. */
export async function withNewPosts(
  deps: Deps,
  actor: Actor,
  rows: q.ThreadListRow[],
  mark: ((title: string) => Highlighted) | null,
): Promise<ListedThread[]> {
  const counts = await q.selectNewPostCounts(
    deps.db,
    actor.id,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    ...r,
    newPosts: counts.get(r.id) ?? 0,
    marked: mark?.(r.title) ?? null,
  }));
}

/** The threads with these ids, in this order. */
export async function threadsInOrder(deps: Deps, ids: number[]): Promise<q.ThreadListRow[]> {
  const byId = new Map((await q.selectThreadsByIds(deps.db, ids)).map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is q.ThreadListRow => r !== undefined);
}

/** A page of the subject's threads (pinned first, then latest activity), or a search within it. */
export async function listSubjectThreads(
  deps: Deps,
  actor: Actor | null,
  subject: SubjectRef | undefined,
  input: ListQuery & { lang: string },
): Promise<ThreadList> {
  const found = await requireReadableSubject(deps, actor, subject, input.lang);
  const ref = subject!;
  const silent = await silentMembers(deps, ref, found.rights);
  const base = { subject: ref, ...found, silent, query: input.q };
  if (input.q !== '') {
    const matches = await findThreads(deps, [ref], input.q, found.actor.id);
    const rows = await threadsInOrder(deps, matches.ids);
    const threads = await withNewPosts(deps, found.actor, rows, matches.mark);
    return { ...base, threads, page: 1, hasMore: false, total: matches.total };
  }
  const offset = (input.page - 1) * THREADS_PER_PAGE;
  const reader = { userId: found.actor.id, moderates: found.rights.moderate };
  // One row more than a page tells whether another follows.
  const [total, rows] = await Promise.all([
    q.countSubjectThreads(deps.db, ref),
    q.selectSubjectThreads(deps.db, ref, reader, offset, THREADS_PER_PAGE + 1),
  ]);
  const threads = await withNewPosts(deps, found.actor, rows.slice(0, THREADS_PER_PAGE), null);
  return { ...base, threads, page: input.page, hasMore: rows.length > THREADS_PER_PAGE, total };
}
