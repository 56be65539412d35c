import type { Db } from '../../db/database.ts';

// What the discussions of a run need to know about it: its name, its learners, an official's runs.

const LEARNING = ['enrolled', 'completed'];

export async function selectRunName(
  db: Db,
  runId: number,
  lang: string,
): Promise<{ title: string; courseSlug: string } | undefined> {
  const row = await db
    .selectFrom('runs as r')
    .innerJoin('courses as c', 'c.id', 'r.course_id')
    .leftJoin('course_translations as ct', (j) =>
      j.onRef('ct.course_id', '=', 'c.id').on('ct.language', '=', lang),
    )
    .leftJoin('course_translations as en', (j) =>
      j.onRef('en.course_id', '=', 'c.id').on('en.language', '=', 'en'),
    )
    .select(['r.title', 'c.slug', 'ct.title as course', 'en.title as courseEn'])
    .where('r.id', '=', runId)
    .executeTakeFirst();
  if (!row) return undefined;
  const course = row.course ?? row.courseEn ?? '';
  const title = course && row.title ? `${course} — ${row.title}` : row.title || course;
  return { title, courseSlug: row.slug };
}

/** The run's learners (enrolled or completed), by name. */
export async function selectRunLearners(
  db: Db,
  runId: number,
): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(['u.id', 'u.name'])
    .where('e.run_id', '=', runId)
    .where('e.status', 'in', LEARNING)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/** The run's facilitators. */
export async function selectRunFacilitatorIds(db: Db, runId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('run_facilitators')
    .select('user_id')
    .where('run_id', '=', runId)
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

/** The runs an official learns in or facilitates. */
export async function selectRunIdsOf(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('enrolments')
    .select('run_id as id')
    .where('user_id', '=', userId)
    .where('status', 'in', LEARNING)
    .union(db.selectFrom('run_facilitators').select('run_id as id').where('user_id', '=', userId))
    .execute();
  return rows.map((r) => r.id).sort((a, b) => a - b);
}
