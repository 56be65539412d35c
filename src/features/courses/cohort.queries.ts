import type { Db } from '../../db/database.ts';

// SQL for a run's cohort view: who is in it and how far each learner has come.

export interface CohortMember {
  enrolmentId: number;
  userId: number;
  name: string;
  email: string;
  organisationName: string | null;
  status: string;
  enrolledAt: string | null;
  completedAt: string | null;
  lastActivityAt: string | null;
  requiredDone: number;
}

const IN_COHORT = ['enrolled', 'completed'];

/**
 * The run's learners with their count of required lessons done, in name order. One query: the
 * count is a correlated sub-select on lesson_progress's primary key, so it reads only this run's
 * rows however many million the table holds.
 */
export async function selectCohort(db: Db, runId: number): Promise<CohortMember[]> {
  const rows = await db
    .selectFrom('enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .innerJoin('runs as r', 'r.id', 'e.run_id')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .where('e.run_id', '=', runId)
    .where('e.status', 'in', IN_COHORT)
    .select((eb) => [
      'e.id as enrolmentId',
      'u.id as userId',
      'u.name',
      'u.email',
      'o.name as organisationName',
      'e.status',
      'e.enrolled_at as enrolledAt',
      'e.completed_at as completedAt',
      'e.last_activity_at as lastActivityAt',
      eb
        .selectFrom('lesson_progress as p')
        .innerJoin('lessons as l', 'l.id', 'p.lesson_id')
        .whereRef('p.enrolment_id', '=', 'e.id')
        .where('l.is_required', '=', 1)
        .select((s) => s.fn.countAll<number | string>().as('n'))
        .as('requiredDone'),
    ])
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ ...r, requiredDone: Number(r.requiredDone ?? 0) }));
}

/** How many required lessons the course has: the denominator of everyone's progress. */
export async function countRequiredLessons(db: Db, courseId: number): Promise<number> {
  const row = await db
    .selectFrom('lessons as l')
    .innerJoin('course_modules as m', 'm.id', 'l.module_id')
    .where('m.course_id', '=', courseId)
    .where('l.is_required', '=', 1)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface CohortRun {
  id: number;
  courseId: number;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  isAlwaysOpen: boolean;
  courseTitles: Record<string, string>;
}

export async function selectCohortRun(db: Db, runId: number): Promise<CohortRun | undefined> {
  const run = await db
    .selectFrom('runs')
    .where('id', '=', runId)
    .select([
      'id',
      'course_id as courseId',
      'title',
      'starts_on as startsOn',
      'ends_on as endsOn',
      'is_always_open',
    ])
    .executeTakeFirst();
  if (!run) return undefined;
  const titles = await db
    .selectFrom('course_translations')
    .where('course_id', '=', run.courseId)
    .select(['language', 'title'])
    .execute();
  const { is_always_open, ...rest } = run;
  return {
    ...rest,
    isAlwaysOpen: is_always_open === 1,
    courseTitles: Object.fromEntries(titles.map((t) => [t.language, t.title])),
  };
}

export interface FacilitatedRun {
  id: number;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  courseTitles: Record<string, string>;
  learners: number;
}

/** The runs the official facilitates (all runs for coordinators), newest start first. */
export async function selectFacilitatedRuns(
  db: Db,
  userId: number | null,
): Promise<FacilitatedRun[]> {
  let query = db
    .selectFrom('runs as r')
    .where('r.status', '=', 'scheduled')
    .select((eb) => [
      'r.id',
      'r.course_id as courseId',
      'r.title',
      'r.starts_on as startsOn',
      'r.ends_on as endsOn',
      eb
        .selectFrom('enrolments as e')
        .whereRef('e.run_id', '=', 'r.id')
        .where('e.status', 'in', IN_COHORT)
        .select((s) => s.fn.countAll<number | string>().as('n'))
        .as('learners'),
    ])
    .orderBy('r.starts_on', 'desc')
    .orderBy('r.id', 'desc')
    .limit(200);
  if (userId !== null)
    query = query.where('r.id', 'in', (eb) =>
      eb.selectFrom('run_facilitators').where('user_id', '=', userId).select('run_id'),
    );
  const runs = await query.execute();
  if (runs.length === 0) return [];
  const titles = await db
    .selectFrom('course_translations')
    .where('course_id', 'in', [...new Set(runs.map((r) => r.courseId))])
    .select(['course_id', 'language', 'title'])
    .execute();
  return runs.map(({ courseId, learners, ...r }) => ({
    ...r,
    learners: Number(learners ?? 0),
    courseTitles: Object.fromEntries(
      titles.filter((t) => t.course_id === courseId).map((t) => [t.language, t.title]),
    ),
  }));
}

export interface AssessedLesson {
  id: number;
  kind: 'quiz' | 'assignment';
  titles: Record<string, string>;
}

/** The course's quizzes and assignments in syllabus order: the cohort view's result columns. */
export async function selectAssessedLessons(db: Db, courseId: number): Promise<AssessedLesson[]> {
  const lessons = await db
    .selectFrom('lessons as l')
    .innerJoin('course_modules as m', 'm.id', 'l.module_id')
    .where('m.course_id', '=', courseId)
    .where('l.kind', 'in', ['quiz', 'assignment'])
    .select(['l.id', 'l.kind'])
    .orderBy('m.position')
    .orderBy('l.position')
    .execute();
  if (lessons.length === 0) return [];
  const titles = await db
    .selectFrom('lesson_translations')
    .where(
      'lesson_id',
      'in',
      lessons.map((l) => l.id),
    )
    .select(['lesson_id', 'language', 'title'])
    .execute();
  return lessons.map((l) => ({
    id: l.id,
    kind: l.kind === 'quiz' ? 'quiz' : 'assignment',
    titles: Object.fromEntries(
      titles.filter((t) => t.lesson_id === l.id).map((t) => [t.language, t.title]),
    ),
  }));
}
