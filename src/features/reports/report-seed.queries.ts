import type { Db } from '../../db/database.ts';

// Plain inserts of past registrations and evaluations, for the demo year, the benchmark and the
// report's tests: history that happened before the platform's pages existed.

export interface PastRegistration {
  eventId: number;
  userId: number;
  status: 'registered' | 'cancelled' | 'attended' | 'no_show';
  at: string;
}

/** Registrations as they ended up; already-registered officials are left as they are. */
export async function insertPastRegistrations(db: Db, rows: PastRegistration[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('registrations')
    .values(
      rows.map((r) => ({
        event_id: r.eventId,
        user_id: r.userId,
        status: r.status,
        registered_at: r.at,
        cancelled_at: r.status === 'cancelled' ? r.at : null,
        attendance_marked_at: r.status === 'attended' || r.status === 'no_show' ? r.at : null,
        created_at: r.at,
        updated_at: r.at,
      })),
    )
    .onConflict((oc) => oc.columns(['event_id', 'user_id']).doNothing())
    .execute();
}

export interface PastEvaluation {
  eventId: number;
  userId: number;
  satisfaction: number;
  usefulness: number;
  relevance: number;
  willApply: string;
  at: string;
}

/** Evaluations of events; one per participant and event (a second one is ignored). */
export async function insertPastEvaluations(db: Db, rows: PastEvaluation[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('evaluations')
    .values(
      rows.map((r) => ({
        event_id: r.eventId,
        run_id: null,
        user_id: r.userId,
        satisfaction: r.satisfaction,
        usefulness: r.usefulness,
        relevance: r.relevance,
        will_apply: r.willApply,
        comments: '',
        created_at: r.at,
      })),
    )
    .onConflict((oc) => oc.columns(['event_id', 'user_id']).doNothing())
    .execute();
}

/** The demo run of a course that starts on the given day (the seed's own runs), if any. */
export async function selectRunStartingOn(
  db: Db,
  courseId: number,
  startsOn: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('runs')
    .select('id')
    .where('course_id', '=', courseId)
    .where('starts_on', '=', startsOn)
    .executeTakeFirst();
  return row?.id;
}
