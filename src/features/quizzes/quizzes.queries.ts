import type { Db } from '../../db/database.ts';

// SQL that reads a quiz: its lesson, its settings, its questions with choices and texts.

export interface QuizSettings {
  passMark: number;
  maxAttempts: number | null;
  timeLimitMinutes: number | null;
  shuffle: boolean;
}

/** What a quiz lesson asks until its author changes it. */
export const DEFAULT_SETTINGS: QuizSettings = {
  passMark: 70,
  maxAttempts: null,
  timeLimitMinutes: null,
  shuffle: false,
};

export interface ChoiceRow {
  id: number;
  questionId: number;
  position: number;
  isCorrect: boolean;
  texts: Record<string, { label: string; feedback: string }>;
}

export interface QuestionRow {
  id: number;
  lessonId: number;
  position: number;
  kind: string;
  points: number;
  texts: Record<string, { prompt: string; explanation: string }>;
  choices: ChoiceRow[];
  /** Accepted answers (short text), as the author wrote them. */
  accepted: string[];
}

export interface QuizLesson {
  lessonId: number;
  courseId: number;
  kind: string;
  texts: Array<{ language: string; title: string; body: string }>;
}

/** A lesson with its course and its title and introduction in every language it has. */
export async function selectQuizLesson(db: Db, lessonId: number): Promise<QuizLesson | undefined> {
  const row = await db
    .selectFrom('lessons as l')
    .innerJoin('course_modules as m', 'm.id', 'l.module_id')
    .select(['l.id as lessonId', 'm.course_id as courseId', 'l.kind'])
    .where('l.id', '=', lessonId)
    .executeTakeFirst();
  if (!row) return undefined;
  const texts = await db
    .selectFrom('lesson_translations')
    .select(['language', 'title', 'body'])
    .where('lesson_id', '=', lessonId)
    .orderBy('language')
    .execute();
  return { ...row, texts };
}

export async function selectSettings(db: Db, lessonId: number): Promise<QuizSettings> {
  const row = await db
    .selectFrom('quizzes')
    .select(['pass_mark', 'max_attempts', 'time_limit_minutes', 'shuffle'])
    .where('lesson_id', '=', lessonId)
    .executeTakeFirst();
  if (!row) return DEFAULT_SETTINGS;
  return {
    passMark: Number(row.pass_mark),
    maxAttempts: row.max_attempts === null ? null : Number(row.max_attempts),
    timeLimitMinutes: row.time_limit_minutes === null ? null : Number(row.time_limit_minutes),
    shuffle: Number(row.shuffle) === 1,
  };
}

/** Saves the settings (creating the quiz row the first time). */
export async function upsertSettings(
  db: Db,
  lessonId: number,
  s: QuizSettings,
  now: string,
): Promise<void> {
  const values = {
    pass_mark: s.passMark,
    max_attempts: s.maxAttempts,
    time_limit_minutes: s.timeLimitMinutes,
    shuffle: s.shuffle ? 1 : 0,
    updated_at: now,
  };
  await db
    .insertInto('quizzes')
    .values({ lesson_id: lessonId, ...values })
    .onConflict((oc) => oc.column('lesson_id').doUpdateSet(values))
    .execute();
}

/**
 * Creates or touches the quiz row. Every change to a quiz's questions does this first in its
 * transaction, so on PostgreSQL two editors changing one quiz take turns (the row is locked).
 */
export async function touchQuiz(db: Db, lessonId: number, now: string): Promise<void> {
  await db
    .insertInto('quizzes')
    .values({
      lesson_id: lessonId,
      pass_mark: DEFAULT_SETTINGS.passMark,
      max_attempts: null,
      time_limit_minutes: null,
      shuffle: 0,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('lesson_id').doUpdateSet({ updated_at: now }))
    .execute();
}

/** Every question of the quiz in order, with its texts, choices and accepted answers. */
export async function selectQuestions(db: Db, lessonId: number): Promise<QuestionRow[]> {
  const rows = await db
    .selectFrom('quiz_questions')
    .select(['id', 'lesson_id as lessonId', 'position', 'kind', 'points'])
    .where('lesson_id', '=', lessonId)
    .orderBy('position')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [texts, choices, accepted] = await Promise.all([
    db
      .selectFrom('quiz_question_translations')
      .select(['question_id', 'language', 'prompt', 'explanation'])
      .where('question_id', 'in', ids)
      .execute(),
    db
      .selectFrom('quiz_choices')
      .select(['id', 'question_id as questionId', 'position', 'is_correct'])
      .where('question_id', 'in', ids)
      .orderBy('question_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('quiz_accepted_answers')
      .select(['question_id', 'answer'])
      .where('question_id', 'in', ids)
      .orderBy('answer')
      .execute(),
  ]);
  const choiceTexts =
    choices.length === 0
      ? []
      : await db
          .selectFrom('quiz_choice_translations')
          .select(['choice_id', 'language', 'label', 'feedback'])
          .where(
            'choice_id',
            'in',
            choices.map((c) => c.id),
          )
          .execute();
  const choiceRows: ChoiceRow[] = choices.map(({ is_correct, ...c }) => ({
    ...c,
    isCorrect: Number(is_correct) === 1,
    texts: Object.fromEntries(
      choiceTexts
        .filter((t) => t.choice_id === c.id)
        .map((t) => [t.language, { label: t.label, feedback: t.feedback }]),
    ),
  }));
  return rows.map((r) => ({
    ...r,
    points: Number(r.points),
    texts: Object.fromEntries(
      texts
        .filter((t) => t.question_id === r.id)
        .map((t) => [t.language, { prompt: t.prompt, explanation: t.explanation }]),
    ),
    choices: choiceRows.filter((c) => c.questionId === r.id),
    accepted: accepted.filter((a) => a.question_id === r.id).map((a) => a.answer),
  }));
}

export interface QuestionRef {
  id: number;
  lessonId: number;
  kind: string;
  position: number;
}

export async function selectQuestionRef(db: Db, id: number): Promise<QuestionRef | undefined> {
  return db
    .selectFrom('quiz_questions')
    .select(['id', 'lesson_id as lessonId', 'kind', 'position'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface ChoiceRef {
  id: number;
  questionId: number;
  lessonId: number;
  kind: string;
  position: number;
}

/** A choice with its question's quiz and kind. */
export async function selectChoiceRef(db: Db, id: number): Promise<ChoiceRef | undefined> {
  return db
    .selectFrom('quiz_choices as c')
    .innerJoin('quiz_questions as q', 'q.id', 'c.question_id')
    .select([
      'c.id',
      'c.question_id as questionId',
      'q.lesson_id as lessonId',
      'q.kind',
      'c.position',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
}
