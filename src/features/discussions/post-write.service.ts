import { inTransaction, isUniqueViolation } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { pageOfPost, preparePost, writePost, type Draft } from './post-write-core.ts';
import { selectPost, selectPostByRequestKey, type PostRef } from './post-write.queries.ts';
import { canQuote, canReplyWhenLocked } from './posts.policy.ts';
import { requireThread } from './thread-access.service.ts';
import type { ThreadRef } from './thread-access.queries.ts';

// Replying to a thread.

export interface Posted {
  threadId: number;
  postId: number;
  /** The thread page the post is on, for the redirect. */
  page: number;
  held: boolean;
}

/** The thread the actor may reply to now: readers who may post; a locked one only moderators. */
export async function requireReply(deps: Deps, actor: Actor | null, threadId: number) {
  const found = await requireThread(deps, actor, threadId, 'post');
  if (!canReplyWhenLocked(found.thread.isLocked, found.rights))
    throw new AppError('CONFLICT', 'posts.errors.locked');
  return found;
}

async function postedOf(deps: Deps, thread: ThreadRef, post: PostRef, moderator: boolean) {
  const viewer = { userId: post.authorId ?? 0, moderator };
  return {
    threadId: thread.id,
    postId: post.id,
    page: await pageOfPost(deps, thread.id, post.id, viewer),
    held: post.status === 'held',
  };
}

/** A second submission of the same form: the post it made (another's key is a conflict). */
async function earlierPost(deps: Deps, actor: Actor, thread: ThreadRef, key: string | null) {
  const earlier = key ? await selectPostByRequestKey(deps.db, key) : undefined;
  if (earlier && (earlier.authorId !== actor.id || earlier.threadId !== thread.id))
    throw new AppError('CONFLICT');
  return earlier;
}

/**
 * Adds the actor's reply (with an optional quote of a visible post of the same thread and one
 * attachment). Sends it to moderation first when new accounts post links; notifies otherwise.
 */
export async function replyToThread(
  deps: Deps,
  actor: Actor | null,
  threadId: number,
  draft: Draft,
): Promise<Posted> {
  const { actor: me, thread, rights } = await requireReply(deps, actor, threadId);
  const earlier = await earlierPost(deps, me, thread, draft.requestKey);
  if (earlier) return postedOf(deps, thread, earlier, rights.moderate);
  if (draft.quotePostId !== null) {
    const quoted = draft.quotePostId > 0 ? await selectPost(deps.db, draft.quotePostId) : undefined;
    if (!quoted || !canQuote(quoted, thread.id))
      throw new AppError('VALIDATION', 'posts.errors.quoteUnavailable', {
        fields: { body: 'posts.errors.quoteUnavailable' },
      });
  }
  const now = new Date();
  const where = { subject: thread.subject, rights, threadId: thread.id };
  const prepared = await preparePost(deps, me, where, draft.body, now);
  try {
    const postId = await inTransaction(deps.db, (tx) =>
      writePost(tx, deps, { thread, actor: me, draft, prepared, now }),
    );
    const viewer = { userId: me.id, moderator: rights.moderate };
    return {
      threadId: thread.id,
      postId,
      page: await pageOfPost(deps, thread.id, postId, viewer),
      held: prepared.status === 'held',
    };
  } catch (err) {
    // Two submissions at once: the second finds the first one's post.
    const first = isUniqueViolation(err) && (await earlierPost(deps, me, thread, draft.requestKey));
    if (first) return postedOf(deps, thread, first, rights.moderate);
    throw err;
  }
}
