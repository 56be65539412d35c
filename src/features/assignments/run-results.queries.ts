import type { Db } from '../../db/database.ts';

// SQL for the assignment results of a whole run, as its cohort view shows them.

export interface AssignmentResultRow {
  enrolmentId: number;
  lessonId: number;
  status: 'submitted' | 'graded';
  score: number | null;
  /** Null while nobody has set the assignment up (the service applies the defaults). */
  maxScore: number | null;
}

/** Each learner's submission per assignment in the run: waiting for a grade, or graded. */
export async function selectRunAssignmentResults(
  db: Db,
  runId: number,
): Promise<AssignmentResultRow[]> {
  const rows = await db
    .selectFrom('assignment_submissions as s')
    .leftJoin('assignments as a', 'a.lesson_id', 's.lesson_id')
    .where('s.run_id', '=', runId)
    .select([
      's.enrolment_id as enrolmentId',
      's.lesson_id as lessonId',
      's.status',
      's.score',
      'a.max_score as maxScore',
    ])
    .execute();
  return rows.map((r) => ({
    ...r,
    status: r.status === 'graded' ? 'graded' : 'submitted',
  }));
}
