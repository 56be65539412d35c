import type { Db } from '../../db/database.ts';
import type { PostStatus } from './posts.policy.ts';

// Reading and writing single posts for the writing services (new, reply, edit, delete, download).

export interface PostRef {
  id: number;
  threadId: number;
  authorId: number | null;
  authorName: string | null;
  body: string;
  status: PostStatus;
  createdAt: string;
}

function statusOf(text: string): PostStatus {
  return text === 'held' || text === 'hidden' || text === 'deleted' ? text : 'visible';
}

function postQuery(db: Db) {
  return db
    .selectFrom('posts')
    .leftJoin('users', 'users.id', 'posts.author_id')
    .select([
      'posts.id',
      'posts.thread_id',
      'posts.author_id',
      'users.name as author_name',
      'posts.body',
      'posts.status',
      'posts.created_at',
    ]);
}

function toRef(r: {
  id: number;
  thread_id: number;
  author_id: number | null;
  author_name: string | null;
  body: string;
  status: string;
  created_at: string;
}): PostRef {
  return {
    id: r.id,
    threadId: r.thread_id,
    authorId: r.author_id,
    authorName: r.author_name,
    body: r.body,
    status: statusOf(r.status),
    createdAt: r.created_at,
  };
}

export async function selectPost(db: Db, postId: number): Promise<PostRef | undefined> {
  const row = await postQuery(db).where('posts.id', '=', postId).executeTakeFirst();
  return row && toRef(row);
}

/** The post a reply form with this key made, if any. */
export async function selectPostByRequestKey(
  db: Db,
  requestKey: string,
): Promise<PostRef | undefined> {
  const row = await postQuery(db).where('posts.request_key', '=', requestKey).executeTakeFirst();
  return row && toRef(row);
}

/** When the official's account was made (new accounts' links wait for review). */
export async function selectAccountCreatedAt(db: Db, userId: number): Promise<string> {
  const row = await db
    .selectFrom('users')
    .select('created_at')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.created_at;
}

/**
 * How many posts of the thread up to this one a viewer sees (held ones only their author and
 * moderators, as the thread page shows them): the post's place, for its page number.
 */
export async function countSeenUpTo(
  db: Db,
  threadId: number,
  postId: number,
  viewer: { userId: number; moderator: boolean },
): Promise<number> {
  let query = db
    .selectFrom('posts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('thread_id', '=', threadId)
    .where('id', '<=', postId);
  if (!viewer.moderator)
    query = query.where((eb) =>
      eb.or([eb('status', '!=', 'held'), eb('author_id', '=', viewer.userId)]),
    );
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAttachment(
  db: Db,
  row: { postId: number; fileId: number; fileName: string; now: string },
): Promise<void> {
  await db
    .insertInto('post_attachments')
    .values({
      post_id: row.postId,
      file_id: row.fileId,
      file_name: row.fileName,
      created_at: row.now,
    })
    .onConflict((oc) => oc.columns(['post_id', 'file_id']).doNothing())
    .execute();
}

export async function selectAttachment(
  db: Db,
  attachmentId: number,
  postId: number,
): Promise<{ fileId: number; fileName: string } | undefined> {
  return db
    .selectFrom('post_attachments')
    .select(['file_id as fileId', 'file_name as fileName'])
    .where('id', '=', attachmentId)
    .where('post_id', '=', postId)
    .executeTakeFirst();
}
