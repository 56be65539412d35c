import type { Db } from '../../db/database.ts';

// SQL for lesson progress and run completion.

/** Records a lesson as done once; a second call changes nothing. */
export async function insertLessonDone(
  db: Db,
  enrolmentId: number,
  lessonId: number,
  at: string,
): Promise<void> {
  await db
    .insertInto('lesson_progress')
    .values({ enrolment_id: enrolmentId, lesson_id: lessonId, completed_at: at })
    .onConflict((oc) => oc.columns(['enrolment_id', 'lesson_id']).doNothing())
    .execute();
}

/** Remembers where the learner was, for "continue where I left off". */
export async function updateLastActivity(
  db: Db,
  enrolmentId: number,
  lessonId: number | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('enrolments')
    .set(
      lessonId === null
        ? { last_activity_at: at }
        : { last_lesson_id: lessonId, last_activity_at: at },
    )
    .where('id', '=', enrolmentId)
    .execute();
}

/** Required lessons of the enrolment's course that have no progress row yet. */
export async function countRequiredLessonsLeft(db: Db, enrolmentId: number): Promise<number> {
  const row = await db
    .selectFrom('enrolments as e')
    .innerJoin('runs as r', 'r.id', 'e.run_id')
    .innerJoin('course_modules as m', 'm.course_id', 'r.course_id')
    .innerJoin('lessons as l', 'l.module_id', 'm.id')
    .leftJoin('lesson_progress as p', (j) =>
      j.onRef('p.lesson_id', '=', 'l.id').onRef('p.enrolment_id', '=', 'e.id'),
    )
    .where('e.id', '=', enrolmentId)
    .where('l.is_required', '=', 1)
    .where('p.lesson_id', 'is', null)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks an enrolled learner's run completed; true only for the call that made the change. */
export async function markEnrolmentCompleted(
  db: Db,
  enrolmentId: number,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('enrolments')
    .set({ status: 'completed', completed_at: at, updated_at: at })
    .where('id', '=', enrolmentId)
    .where('status', '=', 'enrolled')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
