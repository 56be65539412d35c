import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { selectRevisions, type Revision } from './post-history.queries.ts';
import { selectModeratedPost, type ModeratedPost } from './reports.queries.ts';
import { requireThreadOfPost } from './thread-access.service.ts';
import type { ThreadRef } from './thread-access.queries.ts';

// A post's history for the moderators of its subject: every earlier text, then the current one.

/** The post (whatever its state), its thread and its revisions, oldest first. */
export async function getPostHistory(
  deps: Deps,
  actor: Actor | null,
  postId: number,
): Promise<{ post: ModeratedPost; thread: ThreadRef; revisions: Revision[] }> {
  const { thread } = await requireThreadOfPost(deps, actor, postId, 'moderate');
  const post = await selectModeratedPost(deps.db, postId);
  if (!post) throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  return { post, thread, revisions: await selectRevisions(deps.db, postId) };
}
