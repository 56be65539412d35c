import { inTransaction, nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { notify } from '../notifications/notify.ts';
import { insertAction, movePostStatus } from './moderation.queries.ts';
import { announcePost } from './post-write-announce.ts';
import { TRANSITIONS, type PostAction } from './moderation.policy.ts';
import * as reports from './reports.queries.ts';
import { requireThreadOfPost } from './thread-access.service.ts';
import { indexThread } from './thread-search-index.ts';
import { refreshThreadCounters } from './thread-write.queries.ts';

// A moderator's actions on a post (hide, restore, approve or reject a held one) and on a report.

const TOLD: Partial<Record<PostAction, string>> = {
  hide: 'moderation.notify.hidden',
  reject: 'moderation.notify.rejected',
  approve: 'moderation.notify.approved',
};

/**
 * Moves a post of a subject the actor moderates to its new state (409 from any other state),
 * resolves its reports when it is hidden, keeps the thread's counters and search row, logs the
 * action and tells the author, all in one transaction. Returns the thread's id.
 */
export async function actOnPost(
  deps: Deps,
  actor: Actor | null,
  postId: number,
  action: PostAction,
  reason = '',
): Promise<{ threadId: number }> {
  const { actor: who, thread } = await requireThreadOfPost(deps, actor, postId, 'moderate');
  const post = await reports.selectModeratedPost(deps.db, postId);
  if (!post) throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  const { from, to } = TRANSITIONS[action];
  await inTransaction(deps.db, async (tx) => {
    const now = nowIso();
    if (!(await movePostStatus(tx, postId, from, to, who.id, now)))
      throw new AppError('CONFLICT', 'moderation.errors.wrongState');
    if (to === 'hidden') await reports.resolveOpenReports(tx, postId, 'hidden', who.id, now);
    await refreshThreadCounters(tx, thread.id);
    await indexThread(tx, deps.dialect, thread.id);
    await insertAction(tx, {
      actorId: who.id,
      action,
      subject: thread.subject,
      threadId: thread.id,
      postId,
      userId: post.authorId,
      reason,
      now,
    });
    // The approved post is now shown: its mentions and followers are told as for any post.
    if (action === 'approve') await announcePost(tx, deps.config, postId);
    const message = TOLD[action];
    if (message && post.authorId !== null)
      await notify(tx, deps.config, {
        kind: 'moderation',
        message,
        params: { thread: thread.title },
        link: `/threads/${thread.id}`,
        recipients: [post.authorId],
        actorId: who.id,
        source: `${action}:${postId}:${now}`,
      });
  });
  return { threadId: thread.id };
}

/** Dismisses an open report of a post in a subject the actor moderates (409 if resolved). */
export async function dismissReport(
  deps: Deps,
  actor: Actor | null,
  reportId: number,
): Promise<void> {
  requireActor(actor);
  const report = await reports.selectReport(deps.db, reportId);
  if (!report) throw new AppError('NOT_FOUND', 'moderation.errors.reportNotFound');
  const { actor: who, thread } = await requireThreadOfPost(deps, actor, report.postId, 'moderate');
  await inTransaction(deps.db, async (tx) => {
    const now = nowIso();
    if (!(await reports.dismissReport(tx, reportId, who.id, now)))
      throw new AppError('CONFLICT', 'moderation.errors.reportResolved');
    await insertAction(tx, {
      actorId: who.id,
      action: 'dismiss',
      subject: thread.subject,
      threadId: thread.id,
      postId: report.postId,
      now,
    });
  });
}
