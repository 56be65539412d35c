import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { rightsIn, type SubjectRights } from './subjects.ts';
import { selectThread, selectThreadIdOfPost, type ThreadRef } from './thread-access.queries.ts';

// The first step of every service that acts on a thread or a post: the thread, and what the actor
// may do there. A thread one may not read is "not found" (404), so its existence does not leak.

export type ThreadNeed = 'read' | 'post' | 'moderate';

/** The thread and the actor's rights in its subject: sign-in first, 404 unreadable, 403 else. */
export async function requireThread(
  deps: Deps,
  actor: Actor | null,
  threadId: number,
  need: ThreadNeed = 'read',
): Promise<{ actor: Actor; thread: ThreadRef; rights: SubjectRights }> {
  const signedIn = requireActor(actor);
  const thread = await selectThread(deps.db, threadId);
  const rights = thread ? await rightsIn(deps, signedIn, thread.subject) : undefined;
  if (!thread || !rights?.read) throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  if (!rights[need]) throw new AppError('FORBIDDEN', 'discussions.errors.notAllowed');
  return { actor: signedIn, thread, rights };
}

/** As requireThread, for the thread a post belongs to. */
export async function requireThreadOfPost(
  deps: Deps,
  actor: Actor | null,
  postId: number,
  need: ThreadNeed = 'read',
): Promise<{ actor: Actor; thread: ThreadRef; rights: SubjectRights }> {
  requireActor(actor);
  const threadId = await selectThreadIdOfPost(deps.db, postId);
  if (threadId === undefined) throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  return requireThread(deps, actor, threadId, need);
}
