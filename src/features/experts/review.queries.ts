import type { Db } from '../../db/database.ts';

// SQL for reviews of expert profiles and their audit trail.

/** Moves a pending profile to approved or returned; false when it was not pending any more. */
export async function reviewProfile(
  db: Db,
  id: number,
  r: { status: 'approved' | 'returned'; comment: string; by: number },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('experts')
    .set({
      status: r.status,
      review_comment: r.comment,
      reviewed_by: r.by,
      reviewed_at: now,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertAuditEvent(
  db: Db,
  e: { actorId: number; action: string; expertId: number; details: Record<string, unknown> },
  now: string,
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor_id: e.actorId,
      action: e.action,
      subject_type: 'expert',
      subject_id: e.expertId,
      details: JSON.stringify(e.details),
      created_at: now,
    })
    .execute();
}
