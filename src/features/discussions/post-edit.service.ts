import { inTransaction } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { notify } from '../notifications/notify.ts';
import { resolveMentions } from './mentions.ts';
import { insertMentions, selectMentionedIds } from './mentions.queries.ts';
import { insertRevision, markPostDeleted, updatePostBody } from './post-edit.queries.ts';
import { pageOfPost, renderPost } from './post-write-core.ts';
import { selectAccountCreatedAt, selectPost, type PostRef } from './post-write.queries.ts';
import { refuseIfSuspended } from './posting-limits.ts';
import { canChangePost, mustHold } from './posts.policy.ts';
import { requireThreadOfPost } from './thread-access.service.ts';
import { indexThread } from './thread-search-index.ts';
import { refreshThreadCounters } from './thread-write.queries.ts';

// An author's own post: editing (the old text kept for moderators) and deleting (a placeholder
// stays in the thread). Moderators hide others' posts instead; they never change their text.

export interface Changed {
  threadId: number;
  postId: number;
  page: number;
}

/** The actor's own post, if they may change it: 404 unseen or deleted, 403 someone else's. */
export async function requireOwnPost(deps: Deps, actor: Actor | null, postId: number) {
  const found = await requireThreadOfPost(deps, actor, postId, 'read');
  const post = await selectPost(deps.db, postId);
  const mine = post?.authorId === found.actor.id;
  const seen = post && (post.status === 'visible' || mine || found.rights.moderate);
  if (!post || !seen) throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  if (!mine) throw new AppError('FORBIDDEN', 'posts.errors.notAuthor');
  if (post.status === 'deleted') throw new AppError('NOT_FOUND', 'posts.errors.deleted');
  if (!canChangePost(found.actor, post)) throw new AppError('FORBIDDEN', 'posts.errors.notAuthor');
  return { ...found, post };
}

async function changed(deps: Deps, me: Actor, post: PostRef, moderator: boolean) {
  const viewer = { userId: me.id, moderator };
  return {
    threadId: post.threadId,
    postId: post.id,
    page: await pageOfPost(deps, post.threadId, post.id, viewer),
  };
}

/**
 * Replaces the text of the actor's post, keeping the old one as a revision. Newly mentioned
 * officials are told once; a link added by a new account sends the post back to review.
 */
export async function editPost(
  deps: Deps,
  actor: Actor | null,
  postId: number,
  body: string,
): Promise<Changed> {
  const { actor: me, thread, rights, post } = await requireOwnPost(deps, actor, postId);
  const now = new Date();
  await refuseIfSuspended(deps, me, thread.subject, now);
  if (body === post.body) return changed(deps, me, post, rights.moderate);
  const createdAt = await selectAccountCreatedAt(deps.db, me.id);
  const status =
    post.status === 'held' || mustHold(body, createdAt, rights, now) ? 'held' : 'visible';
  const mentions = await resolveMentions(deps, thread.subject, body, me.id);
  const before = new Set(await selectMentionedIds(deps.db, postId));
  const fresh = mentions.userIds.filter((id) => !before.has(id));
  await inTransaction(deps.db, async (tx) => {
    const at = now.toISOString();
    await insertRevision(tx, { postId, body: post.body, editedBy: me.id, now: at });
    await updatePostBody(tx, {
      postId,
      body,
      bodyHtml: renderPost(body, mentions.typed),
      status,
      now: at,
    });
    await insertMentions(tx, postId, fresh);
    await refreshThreadCounters(tx, thread.id);
    await indexThread(tx, deps.dialect, thread.id);
    // A held post's mentions are told when a moderator approves it (announcePost).
    if (status === 'visible')
      await notify(tx, deps.config, {
        kind: 'mention',
        message: 'posts.notify.mention',
        params: { actor: me.name, thread: thread.title },
        link: `/threads/${thread.id}#post-${postId}`,
        recipients: fresh,
        actorId: me.id,
        source: `post:${postId}`,
      });
  });
  return changed(deps, me, post, rights.moderate);
}

/** Deletes the actor's post: a placeholder stays, its text is kept for moderators. */
export async function deletePost(
  deps: Deps,
  actor: Actor | null,
  postId: number,
): Promise<Changed> {
  const { actor: me, thread, rights, post } = await requireOwnPost(deps, actor, postId);
  await inTransaction(deps.db, async (tx) => {
    await markPostDeleted(tx, postId, new Date().toISOString());
    await refreshThreadCounters(tx, thread.id);
    await indexThread(tx, deps.dialect, thread.id);
  });
  return changed(deps, me, post, rights.moderate);
}
