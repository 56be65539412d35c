import type { Db } from '../../db/database.ts';

// SQL behind the checks of who may learn in, or facilitate, a run.

export interface EnrolmentRef {
  enrolmentId: number;
  runId: number;
  courseId: number;
  userId: number;
  status: string;
}

export async function selectEnrolment(
  db: Db,
  runId: number,
  userId: number,
): Promise<EnrolmentRef | undefined> {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('runs as r', 'r.id', 'e.run_id')
    .where('e.run_id', '=', runId)
    .where('e.user_id', '=', userId)
    .select([
      'e.id as enrolmentId',
      'e.run_id as runId',
      'r.course_id as courseId',
      'e.user_id as userId',
      'e.status',
    ])
    .executeTakeFirst();
}

export interface RunRef {
  runId: number;
  courseId: number;
  organisationId: number;
  isFacilitator: boolean;
}

/** The run, its course's owner, and whether the official facilitates it. */
export async function selectRunFor(
  db: Db,
  runId: number,
  userId: number,
): Promise<RunRef | undefined> {
  const row = await db
    .selectFrom('runs as r')
    .innerJoin('courses as c', 'c.id', 'r.course_id')
    .leftJoin('run_facilitators as f', (j) =>
      j.onRef('f.run_id', '=', 'r.id').on('f.user_id', '=', userId),
    )
    .where('r.id', '=', runId)
    .select([
      'r.id as runId',
      'r.course_id as courseId',
      'c.organisation_id as organisationId',
      'f.user_id as facilitatorId',
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const { facilitatorId, ...run } = row;
  return { ...run, isFacilitator: facilitatorId !== null };
}

/** Whether the lesson belongs to the course (a lesson id in a URL proves nothing). */
export async function lessonInCourse(db: Db, lessonId: number, courseId: number): Promise<boolean> {
  const row = await db
    .selectFrom('lessons as l')
    .innerJoin('course_modules as m', 'm.id', 'l.module_id')
    .where('l.id', '=', lessonId)
    .where('m.course_id', '=', courseId)
    .select('l.id')
    .executeTakeFirst();
  return row !== undefined;
}
