import type { Db } from '../../db/database.ts';

// Every SQL statement of assignments: settings per lesson, submissions and their grades.

export interface AssignmentSettings {
  acceptsText: boolean;
  acceptsFile: boolean;
  deadlineAt: string | null; // ISO-8601 UTC
  maxScore: number;
  passMark: number;
  maxFileBytes: number;
}

export async function selectAssignment(
  db: Db,
  lessonId: number,
): Promise<AssignmentSettings | undefined> {
  const row = await db
    .selectFrom('assignments')
    .selectAll()
    .where('lesson_id', '=', lessonId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    acceptsText: Number(row.accepts_text) === 1,
    acceptsFile: Number(row.accepts_file) === 1,
    deadlineAt: row.deadline_at,
    maxScore: row.max_score,
    passMark: row.pass_mark,
    maxFileBytes: row.max_file_bytes,
  };
}

export async function upsertAssignment(
  db: Db,
  lessonId: number,
  s: AssignmentSettings,
  now: string,
): Promise<void> {
  const values = {
    accepts_text: s.acceptsText ? 1 : 0,
    accepts_file: s.acceptsFile ? 1 : 0,
    deadline_at: s.deadlineAt,
    max_score: s.maxScore,
    pass_mark: s.passMark,
    max_file_bytes: s.maxFileBytes,
    updated_at: now,
  };
  await db
    .insertInto('assignments')
    .values({ lesson_id: lessonId, ...values })
    .onConflict((oc) => oc.column('lesson_id').doUpdateSet(values))
    .execute();
}

export interface LessonTexts {
  kind: string;
  /** Title and Markdown body per language. */
  texts: Record<string, { title: string; body: string }>;
}

/** The lesson's kind and its text in every language it has. */
export async function selectLessonTexts(
  db: Db,
  lessonId: number,
): Promise<LessonTexts | undefined> {
  const lesson = await db
    .selectFrom('lessons')
    .select('kind')
    .where('id', '=', lessonId)
    .executeTakeFirst();
  if (!lesson) return undefined;
  const rows = await db
    .selectFrom('lesson_translations')
    .select(['language', 'title', 'body'])
    .where('lesson_id', '=', lessonId)
    .execute();
  return {
    kind: lesson.kind,
    texts: Object.fromEntries(rows.map((r) => [r.language, { title: r.title, body: r.body }])),
  };
}

export interface Submission {
  id: number;
  runId: number;
  lessonId: number;
  enrolmentId: number;
  learnerId: number;
  text: string;
  fileId: number | null;
  fileName: string;
  status: 'submitted' | 'graded';
  submittedAt: string;
  score: number | null;
  feedback: string;
  gradedBy: number | null;
  gradedAt: string | null;
}

function submissions(db: Db) {
  return db
    .selectFrom('assignment_submissions as s')
    .innerJoin('enrolments as e', 'e.id', 's.enrolment_id')
    .select([
      's.id',
      's.run_id as runId',
      's.lesson_id as lessonId',
      's.enrolment_id as enrolmentId',
      'e.user_id as learnerId',
      's.text',
      's.file_id as fileId',
      's.file_name as fileName',
      's.status',
      's.submitted_at as submittedAt',
      's.score',
      's.feedback',
      's.graded_by as gradedBy',
      's.graded_at as gradedAt',
    ]);
}

type Row = Omit<Submission, 'status'> & { status: string };
const typed = (row: Row | undefined): Submission | undefined =>
  row && { ...row, status: row.status === 'graded' ? 'graded' : 'submitted' };

export async function selectOwnSubmission(
  db: Db,
  enrolmentId: number,
  lessonId: number,
): Promise<Submission | undefined> {
  return typed(
    await submissions(db)
      .where('s.enrolment_id', '=', enrolmentId)
      .where('s.lesson_id', '=', lessonId)
      .executeTakeFirst(),
  );
}

export async function selectSubmission(db: Db, id: number): Promise<Submission | undefined> {
  return typed(await submissions(db).where('s.id', '=', id).executeTakeFirst());
}

/**
 * Records a submission, or replaces the learner's earlier one while it is ungraded (one atomic
 * statement, so double submissions make one row). A new file replaces the old; without one the
 * old file is kept. Returns false when the submission is graded already.
 */
export async function upsertSubmission(
  db: Db,
  s: {
    runId: number;
    lessonId: number;
    enrolmentId: number;
    text: string;
    file: { id: number; name: string } | null;
  },
  now: string,
): Promise<boolean> {
  const changes = { text: s.text, submitted_at: now, updated_at: now };
  const file = s.file ? { file_id: s.file.id, file_name: s.file.name } : undefined;
  const result = await db
    .insertInto('assignment_submissions')
    .values({
      run_id: s.runId,
      lesson_id: s.lessonId,
      enrolment_id: s.enrolmentId,
      text: s.text,
      file_id: file?.file_id ?? null,
      file_name: file?.file_name ?? '',
      status: 'submitted',
      submitted_at: now,
      feedback: '',
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['enrolment_id', 'lesson_id'])
        .doUpdateSet(file ? { ...changes, ...file } : changes)
        .where('assignment_submissions.status', '=', 'submitted'),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Grades an ungraded submission; false when it was graded already (by a parallel request too). */
export async function gradeIfUngraded(
  db: Db,
  id: number,
  g: { score: number; feedback: string; gradedBy: number },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('assignment_submissions')
    .set({
      status: 'graded',
      score: g.score,
      feedback: g.feedback,
      graded_by: g.gradedBy,
      graded_at: now,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
