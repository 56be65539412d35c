import type { Db } from '../database.ts';

// The few writes the demo library, experts and news need beyond the features' write queries.

/** The id of the event with this slug, if there is one. */
export async function selectEventIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('events')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row?.id;
}

/** Records the experts who wrote a resource (its publications on their profiles). */
export async function insertResourceExperts(
  db: Db,
  resourceId: number,
  expertIds: number[],
): Promise<void> {
  if (expertIds.length === 0) return;
  await db
    .insertInto('resource_experts')
    .values(expertIds.map((expert_id) => ({ resource_id: resourceId, expert_id })))
    .execute();
}

/** Records where a resource is used: one course, event or practice. */
export async function insertResourceUse(
  db: Db,
  use: { resourceId: number; courseId?: number; eventId?: number; practiceId?: number },
  at: string,
): Promise<void> {
  await db
    .insertInto('resource_uses')
    .values({
      resource_id: use.resourceId,
      course_id: use.courseId ?? null,
      event_id: use.eventId ?? null,
      practice_id: use.practiceId ?? null,
      created_by: null,
      created_at: at,
    })
    .execute();
}

/** A facilitator's invitation of an expert to an event, waiting for the expert's answer. */
export async function insertPendingInvitation(
  db: Db,
  i: { expertId: number; eventId: number; invitedBy: number; message: string },
  at: string,
): Promise<void> {
  await db
    .insertInto('expert_invitations')
    .values({
      expert_id: i.expertId,
      subject_type: 'event',
      subject_id: i.eventId,
      message: i.message,
      status: 'pending',
      invited_by: i.invitedBy,
      created_at: at,
    })
    .execute();
}
