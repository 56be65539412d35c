import type { Db } from '../../db/database.ts';
import type { GradedAnswer } from './quizzes.grading.ts';

// SQL for quiz attempts. Closing an attempt is one conditional UPDATE (… where status = 'open'),
// so however many requests try, exactly one closes it.

export type AttemptStatus = 'open' | 'submitted' | 'expired';

export interface Attempt {
  id: number;
  enrolmentId: number;
  lessonId: number;
  number: number;
  status: AttemptStatus;
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  score: number | null;
  points: number | null;
  maxPoints: number | null;
  passed: boolean;
  answers: GradedAnswer[];
}

const COLUMNS = [
  'id',
  'enrolment_id',
  'lesson_id',
  'number',
  'status',
  'started_at',
  'deadline_at',
  'submitted_at',
  'score',
  'points',
  'max_points',
  'passed',
  'answers',
] as const;

type Row = {
  id: number;
  enrolment_id: number;
  lesson_id: number;
  number: number;
  status: string;
  started_at: string;
  deadline_at: string | null;
  submitted_at: string | null;
  score: number | null;
  points: number | null;
  max_points: number | null;
  passed: number | null;
  answers: string;
};

const num = (v: number | null) => (v === null ? null : Number(v));

function toAttempt(r: Row): Attempt {
  return {
    id: r.id,
    enrolmentId: r.enrolment_id,
    lessonId: r.lesson_id,
    number: Number(r.number),
    status: r.status as AttemptStatus,
    startedAt: r.started_at,
    deadlineAt: r.deadline_at,
    submittedAt: r.submitted_at,
    score: num(r.score),
    points: num(r.points),
    maxPoints: num(r.max_points),
    passed: Number(r.passed) === 1,
    answers: JSON.parse(r.answers) as GradedAnswer[],
  };
}

/** The enrolment's attempts at the quiz, oldest first. */
export async function selectAttempts(
  db: Db,
  enrolmentId: number,
  lessonId: number,
): Promise<Attempt[]> {
  const rows = await db
    .selectFrom('quiz_attempts')
    .select(COLUMNS)
    .where('enrolment_id', '=', enrolmentId)
    .where('lesson_id', '=', lessonId)
    .orderBy('number')
    .execute();
  return rows.map(toAttempt);
}

export async function selectAttempt(db: Db, id: number): Promise<Attempt | undefined> {
  const row = await db
    .selectFrom('quiz_attempts')
    .select(COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toAttempt(row) : undefined;
}

/** A new open attempt; a unique violation means another request made this number first. */
export async function insertAttempt(
  db: Db,
  a: { enrolmentId: number; lessonId: number; number: number; deadlineAt: string | null },
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('quiz_attempts')
    .values({
      enrolment_id: a.enrolmentId,
      lesson_id: a.lessonId,
      number: a.number,
      status: 'open',
      started_at: now,
      deadline_at: a.deadlineAt,
      answers: '[]',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Closes an open attempt with its grade; true only for the one call that closed it. */
export async function closeAttempt(
  db: Db,
  id: number,
  result: {
    status: 'submitted' | 'expired';
    score: number;
    points: number;
    maxPoints: number;
    passed: boolean;
    answers: GradedAnswer[];
  },
  now: string,
): Promise<boolean> {
  const updated = await db
    .updateTable('quiz_attempts')
    .set({
      status: result.status,
      submitted_at: now,
      score: result.score,
      points: result.points,
      max_points: result.maxPoints,
      passed: result.passed ? 1 : 0,
      answers: JSON.stringify(result.answers),
    })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
