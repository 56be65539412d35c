import type { Db } from '../../db/database.ts';

// SQL for learners: their enrolments, the order of a course's lessons and what they have done.

export interface RunSummary {
  id: number;
  courseId: number;
  courseSlug: string;
  startsOn: string | null;
  endsOn: string | null;
  isAlwaysOpen: boolean;
  status: string;
}

function runsQuery(db: Db) {
  return db
    .selectFrom('runs as r')
    .innerJoin('courses as c', 'c.id', 'r.course_id')
    .select([
      'r.id',
      'r.course_id as courseId',
      'c.slug as courseSlug',
      'r.starts_on as startsOn',
      'r.ends_on as endsOn',
      'r.is_always_open',
      'r.status',
    ]);
}

export async function selectRunSummary(db: Db, runId: number): Promise<RunSummary | undefined> {
  const row = await runsQuery(db).where('r.id', '=', runId).executeTakeFirst();
  if (!row) return undefined;
  const { is_always_open, ...run } = row;
  return { ...run, isAlwaysOpen: Number(is_always_open) === 1 };
}

export interface MyEnrolment {
  enrolmentId: number;
  status: string;
  lastLessonId: number | null;
  run: RunSummary;
}

/** The official's enrolments with these statuses, latest change first. */
export async function selectMyEnrolments(
  db: Db,
  userId: number,
  statuses: readonly string[],
): Promise<MyEnrolment[]> {
  const rows = await runsQuery(db)
    .innerJoin('enrolments as e', 'e.run_id', 'r.id')
    .select(['e.id as enrolmentId', 'e.status as enrolmentStatus', 'e.last_lesson_id'])
    .where('e.user_id', '=', userId)
    .where('e.status', 'in', statuses)
    .orderBy('e.updated_at', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
  return rows.map(({ enrolmentId, enrolmentStatus, last_lesson_id, is_always_open, ...run }) => ({
    enrolmentId,
    status: enrolmentStatus,
    lastLessonId: last_lesson_id,
    run: { ...run, isAlwaysOpen: Number(is_always_open) === 1 },
  }));
}

export interface LessonStep {
  id: number;
  courseId: number;
  isRequired: boolean;
}

/** The lessons of these courses, each course's in reading order (module, then lesson). */
export async function selectLessonOrder(db: Db, courseIds: number[]): Promise<LessonStep[]> {
  if (courseIds.length === 0) return [];
  const rows = await db
    .selectFrom('lessons as l')
    .innerJoin('course_modules as m', 'm.id', 'l.module_id')
    .select(['l.id', 'm.course_id as courseId', 'l.is_required'])
    .where('m.course_id', 'in', courseIds)
    .orderBy('m.course_id')
    .orderBy('m.position')
    .orderBy('l.position')
    .execute();
  return rows.map(({ is_required, ...r }) => ({ ...r, isRequired: Number(is_required) === 1 }));
}

/** The lessons done in these enrolments. */
export async function selectDoneLessons(
  db: Db,
  enrolmentIds: number[],
): Promise<Array<{ enrolmentId: number; lessonId: number }>> {
  if (enrolmentIds.length === 0) return [];
  return db
    .selectFrom('lesson_progress')
    .select(['enrolment_id as enrolmentId', 'lesson_id as lessonId'])
    .where('enrolment_id', 'in', enrolmentIds)
    .execute();
}

/** The lesson the learner last opened or finished, for "continue where I left off". */
export async function selectLastLessonId(db: Db, enrolmentId: number): Promise<number | null> {
  const row = await db
    .selectFrom('enrolments')
    .select('last_lesson_id')
    .where('id', '=', enrolmentId)
    .executeTakeFirst();
  return row?.last_lesson_id ?? null;
}
