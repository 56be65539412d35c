import type { Db } from '../../db/database.ts';

// SQL of the grading side: a run's queue, lesson titles, the learner to tell.

export interface QueueRow {
  id: number;
  lessonId: number;
  learnerName: string;
  status: string;
  submittedAt: string;
  score: number | null;
}

/** A run's submissions: ungraded first ('submitted' sorts after 'graded'), oldest first. */
export async function selectQueue(db: Db, runId: number): Promise<QueueRow[]> {
  return db
    .selectFrom('assignment_submissions as s')
    .innerJoin('enrolments as e', 'e.id', 's.enrolment_id')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .where('s.run_id', '=', runId)
    .select([
      's.id',
      's.lesson_id as lessonId',
      'u.name as learnerName',
      's.status',
      's.submitted_at as submittedAt',
      's.score',
    ])
    .orderBy('s.status', 'desc')
    .orderBy('s.submitted_at')
    .orderBy('s.id')
    .execute();
}

/** Lesson id → language → title, for the lessons listed. */
export async function selectLessonTitles(
  db: Db,
  lessonIds: number[],
): Promise<Map<number, Record<string, string>>> {
  const out = new Map<number, Record<string, string>>();
  if (lessonIds.length === 0) return out;
  const rows = await db
    .selectFrom('lesson_translations')
    .select(['lesson_id as id', 'language', 'title'])
    .where('lesson_id', 'in', [...new Set(lessonIds)])
    .execute();
  for (const r of rows) out.set(r.id, { ...out.get(r.id), [r.language]: r.title });
  return out;
}

export interface Learner {
  id: number;
  name: string;
  email: string;
  preferredLanguage: string;
}

export async function selectLearner(db: Db, userId: number): Promise<Learner | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'preferred_language as preferredLanguage'])
    .where('id', '=', userId)
    .executeTakeFirst();
}
