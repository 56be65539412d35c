import { inTransaction, nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { notify } from '../notifications/notify.ts';
import { mayReport } from './moderation.policy.ts';
import type { ReportInput } from './moderation.schema.ts';
import * as q from './reports.queries.ts';
import { subjectModeratorIds } from './subjects.ts';
import { requireThreadOfPost } from './thread-access.service.ts';
import type { ThreadRef } from './thread-access.queries.ts';

// Reporting a post: any reader but its author, once per person; the subject's moderators are told.

export interface ReportForm {
  post: q.ModeratedPost;
  thread: ThreadRef;
  alreadyReported: boolean;
}

async function requireReportable(deps: Deps, actor: Actor | null, postId: number) {
  const { actor: who, thread } = await requireThreadOfPost(deps, actor, postId, 'read');
  const post = await q.selectModeratedPost(deps.db, postId);
  // Held, hidden or deleted posts are not shown to readers, so they cannot be reported either.
  if (!post || (post.status !== 'visible' && post.authorId !== who.id))
    throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  if (!mayReport(who, post)) throw new AppError('FORBIDDEN', 'moderation.errors.ownPost');
  return { who, thread, post };
}

/** The report form of a post the actor may read (404 otherwise; 403 for its author). */
export async function getReportForm(
  deps: Deps,
  actor: Actor | null,
  postId: number,
): Promise<ReportForm> {
  const { who, thread, post } = await requireReportable(deps, actor, postId);
  return { post, thread, alreadyReported: await q.hasReported(deps.db, postId, who.id) };
}

/**
 * Records the actor's report (409 when they had reported the post already: one row stays) and
 * tells the subject's moderators, in the same transaction.
 */
export async function reportPost(
  deps: Deps,
  actor: Actor | null,
  postId: number,
  input: ReportInput,
): Promise<{ threadId: number }> {
  const { who, thread } = await requireReportable(deps, actor, postId);
  await inTransaction(deps.db, async (tx) => {
    const now = nowIso();
    const added = await q.insertReport(tx, {
      postId,
      reporterId: who.id,
      reason: input.reason,
      note: input.note,
      now,
    });
    if (!added) throw new AppError('CONFLICT', 'moderation.errors.alreadyReported');
    await notify(tx, deps.config, {
      kind: 'moderation',
      message: 'moderation.notify.reported',
      params: { thread: thread.title },
      link: '/moderation',
      recipients: await subjectModeratorIds({ ...deps, db: tx }, thread.subject),
      actorId: who.id,
      source: `report:${postId}`,
    });
  });
  return { threadId: thread.id };
}
