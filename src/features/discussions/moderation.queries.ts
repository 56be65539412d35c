import type { Db } from '../../db/database.ts';
import { isSubjectKind, type SubjectRef } from './subjects.ts';

// Moderators' writes on posts, the record of their actions, the officials and subjects named.

/**
 * Moves the post from one of `from` to `to` in one conditional statement (so two moderators acting
 * at once change it once); false when it was in another state.
 */
export async function movePostStatus(
  db: Db,
  postId: number,
  from: readonly string[],
  to: string,
  by: number,
  now: string,
): Promise<boolean> {
  const hidden =
    to === 'hidden' ? { hidden_at: now, hidden_by: by } : { hidden_at: null, hidden_by: null };
  const result = await db
    .updateTable('posts')
    .set({ status: to, ...hidden })
    .where('id', '=', postId)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface NewAction {
  actorId: number;
  action: string;
  subject: SubjectRef | null;
  threadId?: number | null;
  postId?: number | null;
  userId?: number | null;
  reason?: string;
  now: string;
}

/** One line of the moderation log ("everywhere" suspensions are logged under kind "everywhere"). */
export async function insertAction(db: Db, a: NewAction): Promise<void> {
  await db
    .insertInto('moderation_actions')
    .values({
      actor_id: a.actorId,
      action: a.action,
      subject_kind: a.subject?.kind ?? 'everywhere',
      subject_id: a.subject?.id ?? 0,
      thread_id: a.threadId ?? null,
      post_id: a.postId ?? null,
      user_id: a.userId ?? null,
      reason: a.reason ?? '',
      created_at: a.now,
    })
    .execute();
}

/** An official as the suspension form names them, and whether they coordinate (or administer). */
export async function selectOfficial(
  db: Db,
  userId: number,
): Promise<{ id: number; name: string; isCoordinator: boolean } | undefined> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return undefined;
  const roles = await db
    .selectFrom('user_roles')
    .select('role')
    .where('user_id', '=', userId)
    .where('role', 'in', ['coordinator', 'admin'])
    .execute();
  return { id: user.id, name: user.name, isCoordinator: roles.length > 0 };
}

/** Subjects named in rows of moderation tables, as refs (unknown kinds dropped). */
export function subjectsOf(rows: Array<{ kind: string; id: number }>): SubjectRef[] {
  const seen = new Map<string, SubjectRef>();
  for (const r of rows)
    if (isSubjectKind(r.kind)) seen.set(`${r.kind}:${r.id}`, { kind: r.kind, id: r.id });
  return [...seen.values()];
}
