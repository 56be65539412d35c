import type { Deps } from '../../deps.ts';
import { inTransaction, nowIso } from '../../db/database.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { notify } from '../notifications/notify.ts';
import { requireThread, requireThreadOfPost } from './thread-access.service.ts';
import * as q from './thread-actions.queries.ts';

// What readers and moderators do to a thread as a whole: follow or mute it (any reader), pin and
// lock it, mark a post as its answer (moderators: coordinators and the subject's facilitators).
// Every moderator's change is recorded in moderation_actions in the same transaction.

export type FollowChoice = 'follow' | 'mute' | 'unfollow';
export type ThreadToggle = 'pin' | 'unpin' | 'lock' | 'unlock';

/** Follows, mutes or forgets the thread for the reader; returns the thread's id. */
export async function setFollow(
  deps: Deps,
  actor: Actor | null,
  threadId: number,
  choice: FollowChoice,
): Promise<number> {
  const { actor: reader, thread } = await requireThread(deps, actor, threadId, 'read');
  if (choice === 'unfollow') await q.deleteFollow(deps.db, thread.id, reader.id);
  else
    await q.upsertFollow(deps.db, {
      threadId: thread.id,
      userId: reader.id,
      state: choice === 'follow' ? 'following' : 'muted',
      now: nowIso(),
    });
  return thread.id;
}

/** Pins, unpins, locks or unlocks the thread (moderators only, else 403). */
export async function toggleThread(
  deps: Deps,
  actor: Actor | null,
  threadId: number,
  action: ThreadToggle,
): Promise<number> {
  const { actor: moderator, thread } = await requireThread(deps, actor, threadId, 'moderate');
  const flag = action === 'pin' || action === 'unpin' ? 'is_pinned' : 'is_locked';
  const on = action === 'pin' || action === 'lock';
  await inTransaction(deps.db, async (tx) => {
    if (!(await q.setThreadFlag(tx, thread.id, flag, on))) return;
    await q.insertModerationAction(tx, {
      actorId: moderator.id,
      action,
      subject: thread.subject,
      threadId: thread.id,
      now: nowIso(),
    });
  });
  return thread.id;
}

/**
 * Marks a visible post of the thread as its answer, or unmarks it (moderators only), and tells
 * the thread's author of a new answer. Returns the thread's id.
 */
export async function setAnswer(
  deps: Deps,
  actor: Actor | null,
  postId: number,
  mark: boolean,
): Promise<number> {
  const { actor: moderator, thread } = await requireThreadOfPost(deps, actor, postId, 'moderate');
  await inTransaction(deps.db, async (tx) => {
    const post = await q.selectPostForAnswer(tx, postId);
    if (!post || post.threadId !== thread.id)
      throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
    if (mark && post.status !== 'visible')
      throw new AppError('CONFLICT', 'threads.errors.answerNotVisible');
    const changed = mark
      ? await q.setAnswer(tx, thread.id, postId)
      : await q.clearAnswer(tx, thread.id, postId);
    if (!changed) return;
    await q.insertModerationAction(tx, {
      actorId: moderator.id,
      action: mark ? 'answer' : 'unanswer',
      subject: thread.subject,
      threadId: thread.id,
      postId,
      now: nowIso(),
    });
    if (mark && thread.authorId !== null)
      await notify(tx, deps.config, {
        kind: 'answer',
        message: 'threads.notify.answer',
        params: { actor: moderator.name, thread: thread.title },
        link: `/threads/${thread.id}#post-${postId}`,
        recipients: [thread.authorId],
        actorId: moderator.id,
        source: `post:${postId}`,
      });
  });
  return thread.id;
}
