import type { Db } from '../../db/database.ts';

// Reading one page of a thread: a fixed number of statements whatever the number of posts
// (the page's posts with their authors, their attachments, the quoted posts, read and follow state).

export type PostStatus = 'visible' | 'held' | 'hidden' | 'deleted';

export interface PostRow {
  id: number;
  authorId: number | null;
  authorName: string | null;
  body: string;
  bodyHtml: string;
  quotePostId: number | null;
  status: PostStatus;
  createdAt: string;
  editedAt: string | null;
}

export interface AttachmentRow {
  id: number;
  postId: number;
  fileName: string;
  size: number;
}

export interface QuotedRow {
  id: number;
  threadId: number;
  authorName: string | null;
  body: string;
  status: PostStatus;
}

/** Who sees which posts: held posts only their author and moderators. */
export interface PostViewer {
  userId: number;
  moderator: boolean;
}

function statusOf(text: string): PostStatus {
  return text === 'held' || text === 'hidden' || text === 'deleted' ? text : 'visible';
}

function seenBy(db: Db, threadId: number, viewer: PostViewer) {
  let query = db.selectFrom('posts').where('posts.thread_id', '=', threadId);
  if (!viewer.moderator)
    query = query.where((eb) =>
      eb.or([eb('posts.status', '!=', 'held'), eb('posts.author_id', '=', viewer.userId)]),
    );
  return query;
}

/** How many posts of the thread the viewer sees (placeholders included), optionally before a post. */
export async function countSeenPosts(
  db: Db,
  threadId: number,
  viewer: PostViewer,
  beforePostId?: number,
): Promise<number> {
  let query = seenBy(db, threadId, viewer);
  if (beforePostId !== undefined) query = query.where('posts.id', '<', beforePostId);
  const row = await query
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One page of the posts the viewer sees, oldest first, with their authors' names. */
export async function selectPostsPage(
  db: Db,
  threadId: number,
  viewer: PostViewer,
  offset: number,
  limit: number,
): Promise<PostRow[]> {
  const rows = await seenBy(db, threadId, viewer)
    .leftJoin('users', 'users.id', 'posts.author_id')
    .select([
      'posts.id',
      'posts.author_id',
      'users.name as author_name',
      'posts.body',
      'posts.body_html',
      'posts.quote_post_id',
      'posts.status',
      'posts.created_at',
      'posts.edited_at',
    ])
    .orderBy('posts.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    authorId: r.author_id,
    authorName: r.author_name,
    body: r.body,
    bodyHtml: r.body_html,
    quotePostId: r.quote_post_id,
    status: statusOf(r.status),
    createdAt: r.created_at,
    editedAt: r.edited_at,
  }));
}

export async function selectAttachments(db: Db, postIds: number[]): Promise<AttachmentRow[]> {
  if (postIds.length === 0) return [];
  const rows = await db
    .selectFrom('post_attachments')
    .innerJoin('files', 'files.id', 'post_attachments.file_id')
    .select([
      'post_attachments.id',
      'post_attachments.post_id',
      'post_attachments.file_name',
      'files.size',
    ])
    .where('post_attachments.post_id', 'in', postIds)
    .orderBy('post_attachments.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    postId: r.post_id,
    fileName: r.file_name,
    size: Number(r.size),
  }));
}

/** The posts quoted on a page (and the one a reply is about to quote), with their authors. */
export async function selectQuoted(db: Db, postIds: number[]): Promise<QuotedRow[]> {
  if (postIds.length === 0) return [];
  const rows = await db
    .selectFrom('posts')
    .leftJoin('users', 'users.id', 'posts.author_id')
    .select([
      'posts.id',
      'posts.thread_id',
      'users.name as author_name',
      'posts.body',
      'posts.status',
    ])
    .where('posts.id', 'in', postIds)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    threadId: r.thread_id,
    authorName: r.author_name,
    body: r.body,
    status: statusOf(r.status),
  }));
}

/** The newest post the official had seen in the thread before this visit, if any. */
export async function selectLastRead(
  db: Db,
  threadId: number,
  userId: number,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('thread_reads')
    .select('last_read_post_id')
    .where('thread_id', '=', threadId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.last_read_post_id;
}

export type FollowState = 'following' | 'muted' | 'none';

export async function selectFollowState(
  db: Db,
  threadId: number,
  userId: number,
): Promise<FollowState> {
  const row = await db
    .selectFrom('thread_follows')
    .select('state')
    .where('thread_id', '=', threadId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.state === 'following' || row?.state === 'muted' ? row.state : 'none';
}

/** Moves the official's read mark forward to the post (never backwards), in one statement. */
export async function markRead(
  db: Db,
  row: { threadId: number; userId: number; postId: number; now: string },
): Promise<void> {
  await db
    .insertInto('thread_reads')
    .values({
      thread_id: row.threadId,
      user_id: row.userId,
      last_read_post_id: row.postId,
      read_at: row.now,
    })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'thread_id'])
        .doUpdateSet((eb) => ({
          last_read_post_id: eb.ref('excluded.last_read_post_id'),
          read_at: eb.ref('excluded.read_at'),
        }))
        .where('thread_reads.last_read_post_id', '<', row.postId),
    )
    .execute();
}
