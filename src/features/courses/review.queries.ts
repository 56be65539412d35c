import type { Db } from '../../db/database.ts';

// SQL for the review cycle: status changes and the people told about them.

/**
 * Moves a course from one of `from` to `to`; false when another request changed it first
 * (so a double click publishes once and records one event).
 */
export async function updateStatus(
  db: Db,
  courseId: number,
  change: { from: string[]; to: string; reviewComment?: string; publishedAt?: string },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('courses')
    .set({
      status: change.to,
      updated_at: now,
      ...(change.reviewComment === undefined ? {} : { review_comment: change.reviewComment }),
      ...(change.publishedAt === undefined ? {} : { published_at: change.publishedAt }),
    })
    .where('id', '=', courseId)
    .where('status', 'in', change.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Who is told about a course: its author and its organisation's partner editors, still active. */
export async function selectEditors(
  db: Db,
  course: { createdBy: number | null; organisationId: number },
): Promise<Array<{ email: string; name: string; preferredLanguage: string }>> {
  return db
    .selectFrom('users as u')
    .select(['u.email', 'u.name', 'u.preferred_language as preferredLanguage'])
    .where('u.is_disabled', '=', 0)
    .where((eb) =>
      eb.or([
        eb('u.id', '=', course.createdBy ?? -1),
        eb.exists(
          eb
            .selectFrom('user_roles as r')
            .select('r.id')
            .whereRef('r.user_id', '=', 'u.id')
            .where('r.role', '=', 'partner_editor')
            .where('r.organisation_id', '=', course.organisationId),
        ),
      ]),
    )
    .orderBy('u.id')
    .execute();
}
