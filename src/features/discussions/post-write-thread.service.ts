import { inTransaction, isUniqueViolation } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { idOf } from '../../web/validation.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { preparePost, writePost, type Draft } from './post-write-core.ts';
import { isSubjectKind, rightsIn, subjectExists, type SubjectRef } from './subjects.ts';
import { insertThread, selectThreadByRequestKey } from './thread-write.queries.ts';

// Starting a thread: a title and its first post, in a subject where the actor may post.

/** The subject of a "new thread" address, if the actor may post there (404 unknown/unreadable). */
export async function requireNewThread(
  deps: Deps,
  actor: Actor | null,
  kind: string,
  id: string,
): Promise<{ actor: Actor; subject: SubjectRef; rights: Awaited<ReturnType<typeof rightsIn>> }> {
  const me = requireActor(actor);
  const subjectId = idOf(id);
  if (!isSubjectKind(kind) || subjectId === undefined)
    throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  const subject: SubjectRef = { kind, id: subjectId };
  if (!(await subjectExists(deps, subject)))
    throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  const rights = await rightsIn(deps, me, subject);
  if (!rights.read) throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  if (!rights.post) throw new AppError('FORBIDDEN', 'discussions.errors.notAllowed');
  return { actor: me, subject, rights };
}

/** A second submission of the same form: the thread it made (another's key is a conflict). */
async function earlierThread(deps: Deps, actor: Actor, key: string | null) {
  const earlier = key ? await selectThreadByRequestKey(deps.db, key) : undefined;
  if (earlier && earlier.authorId !== actor.id) throw new AppError('CONFLICT');
  return earlier && { threadId: earlier.id };
}

/**
 * Starts a thread with its first post; the author follows it. The same form sent twice (or twice
 * at once) makes one thread. The first post may be held for review like any other.
 */
export async function startThread(
  deps: Deps,
  actor: Actor | null,
  kind: string,
  id: string,
  input: { title: string } & Omit<Draft, 'quotePostId'>,
): Promise<{ threadId: number; held: boolean }> {
  const { actor: me, subject, rights } = await requireNewThread(deps, actor, kind, id);
  const earlier = await earlierThread(deps, me, input.requestKey);
  if (earlier) return { ...earlier, held: false };
  const now = new Date();
  const draft: Draft = { body: input.body, file: input.file, quotePostId: null, requestKey: null };
  const prepared = await preparePost(
    deps,
    me,
    { subject, rights, threadId: null },
    input.body,
    now,
  );
  try {
    const threadId = await inTransaction(deps.db, async (tx) => {
      const threadId = await insertThread(tx, {
        subject,
        title: input.title,
        authorId: me.id,
        now: now.toISOString(),
        requestKey: input.requestKey,
      });
      const thread = { id: threadId, title: input.title };
      await writePost(tx, deps, { thread, actor: me, draft, prepared, now });
      return threadId;
    });
    return { threadId, held: prepared.status === 'held' };
  } catch (err) {
    const first = isUniqueViolation(err) && (await earlierThread(deps, me, input.requestKey));
    if (first) return { ...first, held: false };
    throw err;
  }
}
