import type { Db } from '../../db/database.ts';

// SQL for runs and their facilitators.

export interface NewRun {
  courseId: number;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  location: string;
  enrolmentMode: 'open' | 'application';
  enrolmentClosesAt: string | null;
  seats: number | null;
  isAlwaysOpen: boolean;
  isDemo: boolean;
  createdBy: number | null;
}

export async function insertRun(db: Db, run: NewRun, now: string): Promise<number> {
  const row = await db
    .insertInto('runs')
    .values({
      course_id: run.courseId,
      title: run.title,
      starts_on: run.startsOn,
      ends_on: run.endsOn,
      location: run.location,
      enrolment_mode: run.enrolmentMode,
      enrolment_closes_at: run.enrolmentClosesAt,
      seats: run.seats,
      seats_taken: 0,
      is_always_open: run.isAlwaysOpen ? 1 : 0,
      status: 'scheduled',
      is_demo: run.isDemo ? 1 : 0,
      created_by: run.createdBy,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertFacilitators(db: Db, runId: number, userIds: number[]): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .insertInto('run_facilitators')
    .values(userIds.map((user_id) => ({ run_id: runId, user_id })))
    .onConflict((oc) => oc.columns(['run_id', 'user_id']).doNothing())
    .execute();
}
