import type { Db } from '../../db/database.ts';

// SQL for enrolments: who is in which run, in which state.

export type EnrolmentStatus =
  'applied' | 'enrolled' | 'waitlisted' | 'withdrawn' | 'declined' | 'completed';

/**
 * Takes a seat if one is left: one conditional UPDATE, so concurrent enrolments can never
 * overbook, on either database. Returns false when the run is full.
 */
export async function takeSeat(db: Db, runId: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('runs')
    .set((eb) => ({ seats_taken: eb('seats_taken', '+', 1), updated_at: now }))
    .where('id', '=', runId)
    .where((eb) => eb.or([eb('seats', 'is', null), eb('seats_taken', '<', eb.ref('seats'))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Inserts an enrolment row in the given state (the caller has taken a seat for "enrolled"). */
export async function insertEnrolment(
  db: Db,
  e: {
    runId: number;
    userId: number;
    status: EnrolmentStatus;
    motivation?: string;
    organisationId?: number | null;
  },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('enrolments')
    .values({
      run_id: e.runId,
      user_id: e.userId,
      status: e.status,
      motivation: e.motivation ?? '',
      applicant_organisation_id: e.organisationId ?? null,
      waitlisted_at: e.status === 'waitlisted' ? now : null,
      enrolled_at: e.status === 'enrolled' ? now : null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
