import { PostgresAdapter } from 'kysely';
import { pino } from 'pino';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { actorsOf } from '../accounts/actor-of.ts';
import { notify } from '../notifications/notify.ts';
import { selectMentionedIds } from './mentions.queries.ts';
import { selectPost } from './post-write.queries.ts';
import { rightsIn, type SubjectRef } from './subjects.ts';
import { selectThread } from './thread-access.queries.ts';
import { selectFollowerIds } from './thread-write.queries.ts';

// Telling officials about a visible post: those it mentions (kind 'mention') and the thread's
// followers (kind 'reply'), each once per post (source "post:<id>"). A held post is told about
// when a moderator approves it.

export interface PostNotice {
  postId: number;
  threadId: number;
  threadTitle: string;
  authorId: number;
  authorName: string;
  mentioned: readonly number[];
  followers: readonly number[];
}

/** The officials among `ids` who may read the subject's threads (one query, then rights). */
export async function readersAmong(
  deps: Deps,
  subject: SubjectRef,
  ids: readonly number[],
): Promise<number[]> {
  const readers: number[] = [];
  for (const official of await actorsOf(deps, ids))
    if ((await rightsIn(deps, official, subject)).read) readers.push(official.id);
  return readers;
}

/** Writes the notifications of a post (call with the transaction that makes it visible). */
export async function sendPostNotices(db: Db, config: Config, n: PostNotice): Promise<void> {
  const base = {
    params: { actor: n.authorName, thread: n.threadTitle },
    link: `/threads/${n.threadId}#post-${n.postId}`,
    actorId: n.authorId,
    source: `post:${n.postId}`,
  };
  await notify(db, config, {
    ...base,
    kind: 'mention',
    message: 'posts.notify.mention',
    recipients: n.mentioned,
  });
  const mentioned = new Set(n.mentioned);
  await notify(db, config, {
    ...base,
    kind: 'reply',
    message: 'posts.notify.reply',
    recipients: n.followers.filter((id) => !mentioned.has(id)),
  });
}

/**
 * Sends the mention and reply notifications of a post that has just become visible (moderation
 * calls it when approving a held post, with its transaction as `db`). Nothing for other posts.
 */
export async function announcePost(db: Db, config: Config, postId: number): Promise<void> {
  const post = await selectPost(db, postId);
  if (!post || post.status !== 'visible' || post.authorId === null) return;
  const thread = await selectThread(db, post.threadId);
  if (!thread) return;
  // Reads go through `db` (maybe the caller's transaction), never a second connection.
  const deps: Deps = {
    db,
    config,
    dialect: db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite',
    log: pino({ enabled: false }),
  };
  const followers = await selectFollowerIds(db, thread.id);
  await sendPostNotices(db, config, {
    postId,
    threadId: thread.id,
    threadTitle: thread.title,
    authorId: post.authorId,
    authorName: post.authorName ?? '',
    mentioned: await selectMentionedIds(db, postId),
    followers: await readersAmong(deps, thread.subject, followers),
  });
}
