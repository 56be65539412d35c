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

export interface Run {
  id: number;
  courseId: number;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  location: string;
  enrolmentMode: 'open' | 'application';
  /** An instant; null: open until the run ends. */
  enrolmentClosesAt: string | null;
  seats: number | null;
  seatsTaken: number;
  isAlwaysOpen: boolean;
  status: 'scheduled' | 'cancelled';
}

/** A run with what access checks need to know about its course. */
export interface RunWithCourse extends Run {
  course: { slug: string; status: string; organisationId: number; format: string };
}

const RUN_COLUMNS = [
  'r.id',
  'r.course_id',
  'r.title',
  'r.starts_on',
  'r.ends_on',
  'r.location',
  'r.enrolment_mode',
  'r.enrolment_closes_at',
  'r.seats',
  'r.seats_taken',
  'r.is_always_open',
  'r.status',
] as const;

type RunRow = {
  id: number;
  course_id: number;
  title: string;
  starts_on: string | null;
  ends_on: string | null;
  location: string;
  enrolment_mode: string;
  enrolment_closes_at: string | null;
  seats: number | null;
  seats_taken: number;
  is_always_open: number;
  status: string;
};

function toRun(r: RunRow): Run {
  return {
    id: r.id,
    courseId: r.course_id,
    title: r.title,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    location: r.location,
    enrolmentMode: r.enrolment_mode === 'application' ? 'application' : 'open',
    enrolmentClosesAt: r.enrolment_closes_at,
    seats: r.seats === null ? null : Number(r.seats),
    seatsTaken: Number(r.seats_taken),
    isAlwaysOpen: Number(r.is_always_open) === 1,
    status: r.status === 'cancelled' ? 'cancelled' : 'scheduled',
  };
}

export async function selectRun(db: Db, id: number): Promise<RunWithCourse | undefined> {
  const row = await db
    .selectFrom('runs as r')
    .innerJoin('courses as c', 'c.id', 'r.course_id')
    .select(RUN_COLUMNS)
    .select([
      'c.slug as course_slug',
      'c.status as course_status',
      'c.organisation_id as course_organisation_id',
      'c.format as course_format',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...toRun(row),
    course: {
      slug: row.course_slug,
      status: row.course_status,
      organisationId: row.course_organisation_id,
      format: row.course_format,
    },
  };
}

/** Every run of a course: the always-open one first, then by start date. */
export async function selectCourseRuns(db: Db, courseId: number): Promise<Run[]> {
  const rows = await db
    .selectFrom('runs as r')
    .select(RUN_COLUMNS)
    .where('r.course_id', '=', courseId)
    .orderBy('r.is_always_open', 'desc')
    .orderBy('r.starts_on')
    .orderBy('r.id')
    .execute();
  return rows.map(toRun);
}

/**
 * The runs of these courses still to come (scheduled, not ended, or always open), soonest first,
 * for the catalogue cards' "next run".
 */
export async function selectUpcomingRuns(
  db: Db,
  courseIds: number[],
  today: string,
): Promise<Run[]> {
  if (courseIds.length === 0) return [];
  const rows = await db
    .selectFrom('runs as r')
    .select(RUN_COLUMNS)
    .where('r.course_id', 'in', courseIds)
    .where('r.status', '=', 'scheduled')
    .where((eb) => eb.or([eb('r.is_always_open', '=', 1), eb('r.ends_on', '>=', today)]))
    .orderBy('r.course_id')
    .orderBy('r.starts_on')
    .orderBy('r.id')
    .execute();
  return rows.map(toRun);
}

export interface RunChanges {
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  location: string;
  enrolmentMode: 'open' | 'application';
  enrolmentClosesAt: string | null;
  seats: number | null;
}

/** Saves a run's details; false (nothing saved) when the new seat limit is below the seats taken. */
export async function updateRun(db: Db, id: number, c: RunChanges, now: string): Promise<boolean> {
  let query = db
    .updateTable('runs')
    .set({
      title: c.title,
      starts_on: c.startsOn,
      ends_on: c.endsOn,
      location: c.location,
      enrolment_mode: c.enrolmentMode,
      enrolment_closes_at: c.enrolmentClosesAt,
      seats: c.seats,
      updated_at: now,
    })
    .where('id', '=', id);
  // Checked in the same statement as the change, so a concurrent enrolment cannot slip between.
  if (c.seats !== null) query = query.where('seats_taken', '<=', c.seats);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Cancels a scheduled run; false when it already was. */
export async function updateRunCancelled(db: Db, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('runs')
    .set({ status: 'cancelled', updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Claims the invitation to evaluate a run that ended on `endsOn`: true for exactly one caller,
 * and only while the run is scheduled and still ends that day.
 */
export async function claimEvaluationInvite(db: Db, id: number, endsOn: string): Promise<boolean> {
  const result = await db
    .updateTable('runs')
    .set({ evaluation_invited_on: endsOn })
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .where('ends_on', '=', endsOn)
    .where((eb) =>
      eb.or([eb('evaluation_invited_on', 'is', null), eb('evaluation_invited_on', '<>', endsOn)]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Marks the course row as being written, so that concurrent requests creating its always-open
 * run wait for each other (a row lock on PostgreSQL; SQLite writes one transaction at a time).
 */
export async function lockCourse(db: Db, courseId: number): Promise<void> {
  await db
    .updateTable('courses')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', courseId)
    .execute();
}

export async function selectAlwaysOpenRunId(db: Db, courseId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('runs')
    .select('id')
    .where('course_id', '=', courseId)
    .where('is_always_open', '=', 1)
    .executeTakeFirst();
  return row?.id;
}
