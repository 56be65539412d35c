import type { Deps } from '../../deps.ts';
import { nowIso } from '../../db/database.ts';
import type { Actor } from '../accounts/actor.ts';
import { describeSubject, type SubjectRights } from './subjects.ts';
import { requireThread } from './thread-access.service.ts';
import type { ThreadRef } from './thread-access.queries.ts';
import * as q from './thread-page.queries.ts';

// A thread's page: its posts 50 at a time, as the reader may see them, in a fixed number of
// queries whatever the thread's length; opening a page moves the reader's read mark forward.

export const POSTS_PER_PAGE = 50;
const EXCERPT_CHARS = 300;

export interface Quote {
  postId: number;
  authorName: string | null;
  /** The first 300 characters of the quoted text; null when that post may not be shown. */
  excerpt: string | null;
}

export interface ShownPost extends q.PostRow {
  /** Body and attachments are shown (a moderator sees hidden and deleted ones' text elsewhere). */
  showBody: boolean;
  isNew: boolean;
  isAnswer: boolean;
  isOwn: boolean;
  quote: Quote | null;
  attachments: q.AttachmentRow[];
}

export interface ThreadPageData {
  thread: ThreadRef;
  /** The subject's name (a run's course, a theme…); null shows its kind instead. */
  subjectName: string | null;
  rights: SubjectRights;
  posts: ShownPost[];
  page: number;
  pageCount: number;
  follow: q.FollowState;
  /** The page the accepted answer is on, when there is one the reader sees. */
  answerPage: number | null;
  /** The post a reply is about to quote (?quote=), when it is one the reader may quote. */
  replyQuote: Quote | null;
}

function quoteOf(row: q.QuotedRow | undefined, threadId: number): Quote | null {
  if (!row || row.threadId !== threadId) return null;
  return {
    postId: row.id,
    authorName: row.authorName,
    excerpt: row.status === 'visible' ? row.body.slice(0, EXCERPT_CHARS) : null,
  };
}

/** The thread's page `page` (from 1) for a reader; a page past the end shows the last one. */
export async function getThreadPage(
  deps: Deps,
  actor: Actor | null,
  threadId: number,
  input: { page: number; quote?: number; lang: string },
): Promise<ThreadPageData> {
  const { actor: reader, thread, rights } = await requireThread(deps, actor, threadId, 'read');
  const viewer = { userId: reader.id, moderator: rights.moderate };
  const total = await q.countSeenPosts(deps.db, thread.id, viewer);
  const pageCount = Math.max(1, Math.ceil(total / POSTS_PER_PAGE));
  const page = Math.min(Math.max(1, input.page), pageCount);
  const rows = await q.selectPostsPage(
    deps.db,
    thread.id,
    viewer,
    (page - 1) * POSTS_PER_PAGE,
    POSTS_PER_PAGE,
  );
  const shownIds = rows.filter((r) => showsBody(r.status, rights.moderate)).map((r) => r.id);
  const attachments = await q.selectAttachments(deps.db, shownIds);
  const quoteIds = new Set(rows.flatMap((r) => (r.quotePostId === null ? [] : [r.quotePostId])));
  if (input.quote !== undefined) quoteIds.add(input.quote);
  const quoted = new Map((await q.selectQuoted(deps.db, [...quoteIds])).map((r) => [r.id, r]));
  const lastRead = await q.selectLastRead(deps.db, thread.id, reader.id);
  const follow = await q.selectFollowState(deps.db, thread.id, reader.id);

  // Only a page with posts newer than the read mark writes it: re-reading costs no write.
  const newest = rows.at(-1);
  if (newest && (lastRead === undefined || newest.id > lastRead)) {
    await q.markRead(deps.db, {
      threadId: thread.id,
      userId: reader.id,
      postId: newest.id,
      now: nowIso(),
    });
  }
  const answerPage = thread.answerPostId
    ? await pageOfPost(deps, thread.id, viewer, thread.answerPostId)
    : null;
  const replyQuote = input.quote !== undefined ? quoteOf(quoted.get(input.quote), thread.id) : null;
  return {
    thread,
    subjectName: (await describeSubject(deps, thread.subject, input.lang))?.title ?? null,
    rights,
    page,
    pageCount,
    follow,
    answerPage,
    replyQuote: replyQuote?.excerpt === null ? null : replyQuote,
    posts: rows.map((r) => ({
      ...r,
      showBody: showsBody(r.status, rights.moderate),
      isNew: lastRead !== undefined && r.id > lastRead && r.authorId !== reader.id,
      isAnswer: r.id === thread.answerPostId,
      isOwn: r.authorId === reader.id,
      quote: r.quotePostId === null ? null : quoteOf(quoted.get(r.quotePostId), thread.id),
      attachments: attachments.filter((a) => a.postId === r.id),
    })),
  };
}

/** Visible and held posts show their text; hidden ones only to moderators; deleted ones never here. */
function showsBody(status: q.PostStatus, moderator: boolean): boolean {
  return status === 'visible' || status === 'held' || (status === 'hidden' && moderator);
}

async function pageOfPost(
  deps: Deps,
  threadId: number,
  viewer: q.PostViewer,
  postId: number,
): Promise<number> {
  const before = await q.countSeenPosts(deps.db, threadId, viewer, postId);
  return Math.floor(before / POSTS_PER_PAGE) + 1;
}
