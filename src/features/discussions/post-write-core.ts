import type { Db } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { storeUpload, type Upload } from '../../files/index.ts';
import { renderMarkdown } from '../../web/markdown.ts';
import type { Actor } from '../accounts/actor.ts';
import { markMentions, resolveMentions } from './mentions.ts';
import { insertMentions } from './mentions.queries.ts';
import { readersAmong, sendPostNotices } from './post-write-announce.ts';
import { countSeenUpTo, insertAttachment, selectAccountCreatedAt } from './post-write.queries.ts';
import { checkPostingLimits } from './posting-limits.ts';
import { mustHold } from './posts.policy.ts';
import type { SubjectRef, SubjectRights } from './subjects.ts';
import { indexThread } from './thread-search-index.ts';
import {
  followThread,
  insertPost,
  refreshThreadCounters,
  selectFollowerIds,
} from './thread-write.queries.ts';

// The steps every new post takes (first post of a thread or reply): limits, review of links from
// new accounts, mentions, then one transaction that writes, follows, indexes and notifies.

/** Posts per page of a thread (as the thread page shows them). */
export const POSTS_PER_PAGE = 50;

export interface Draft {
  body: string;
  quotePostId: number | null;
  requestKey: string | null;
  file?: Upload;
}

export interface PreparedPost {
  status: 'visible' | 'held';
  bodyHtml: string;
  mentioned: number[];
  followers: number[];
}

/** The Markdown as stored HTML: the safe subset, with the readable mentions marked. */
export function renderPost(body: string, typedMentions: readonly string[]): string {
  return markMentions(renderMarkdown(body), typedMentions);
}

/**
 * Everything read before the transaction (SQLite has one connection): the limits (403 / 429), the
 * status, the rendered body, who is mentioned and which followers may still read the thread.
 */
export async function preparePost(
  deps: Deps,
  actor: Actor,
  where: { subject: SubjectRef; rights: SubjectRights; threadId: number | null },
  body: string,
  now: Date,
): Promise<PreparedPost> {
  await checkPostingLimits(deps, actor, where.subject, now);
  const createdAt = await selectAccountCreatedAt(deps.db, actor.id);
  const status = mustHold(body, createdAt, where.rights, now) ? 'held' : 'visible';
  const mentions = await resolveMentions(deps, where.subject, body, actor.id);
  const followers =
    status === 'visible' && where.threadId !== null
      ? await readersAmong(deps, where.subject, await selectFollowerIds(deps.db, where.threadId))
      : [];
  return {
    status,
    bodyHtml: renderPost(body, mentions.typed),
    mentioned: mentions.userIds,
    followers,
  };
}

/** Writes a prepared post in the caller's transaction; returns its id. */
export async function writePost(
  tx: Db,
  deps: Deps,
  o: {
    thread: { id: number; title: string };
    actor: Actor;
    draft: Draft;
    prepared: PreparedPost;
    now: Date;
  },
): Promise<number> {
  const now = o.now.toISOString();
  const postId = await insertPost(tx, {
    threadId: o.thread.id,
    authorId: o.actor.id,
    body: o.draft.body,
    bodyHtml: o.prepared.bodyHtml,
    quotePostId: o.draft.quotePostId,
    status: o.prepared.status,
    now,
    requestKey: o.draft.requestKey,
  });
  if (o.draft.file) {
    const file = await storeUpload(tx, o.draft.file);
    await insertAttachment(tx, { postId, fileId: file.id, fileName: o.draft.file.name, now });
  }
  await insertMentions(tx, postId, o.prepared.mentioned);
  await followThread(tx, o.thread.id, o.actor.id, now);
  await refreshThreadCounters(tx, o.thread.id);
  await indexThread(tx, deps.dialect, o.thread.id);
  if (o.prepared.status === 'visible')
    await sendPostNotices(tx, deps.config, {
      postId,
      threadId: o.thread.id,
      threadTitle: o.thread.title,
      authorId: o.actor.id,
      authorName: o.actor.name,
      mentioned: o.prepared.mentioned,
      followers: o.prepared.followers,
    });
  return postId;
}

/** The thread page (50 posts each) on which the viewer finds the post. */
export async function pageOfPost(
  deps: Deps,
  threadId: number,
  postId: number,
  viewer: { userId: number; moderator: boolean },
): Promise<number> {
  const place = await countSeenUpTo(deps.db, threadId, postId, viewer);
  return Math.max(1, Math.ceil(place / POSTS_PER_PAGE));
}
