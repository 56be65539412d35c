import type { Db } from '../../db/database.ts';
import { nextPosition } from '../../db/positions.queries.ts';

// SQL that changes a quiz's questions and choices. Positions are 1, 2, 3… within their parent and
// unique (an index says so); reordering and deleting keep them so, inside the caller's transaction.

export async function insertQuestion(
  db: Db,
  lessonId: number,
  fields: { kind: string; points: number },
): Promise<number> {
  const position = await nextPosition(db, 'quiz_questions', lessonId);
  const { id } = await db
    .insertInto('quiz_questions')
    .values({ lesson_id: lessonId, position, kind: fields.kind, points: fields.points })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function upsertQuestionText(
  db: Db,
  questionId: number,
  language: string,
  text: { prompt: string; explanation?: string },
): Promise<void> {
  const values =
    text.explanation === undefined
      ? { prompt: text.prompt }
      : { prompt: text.prompt, explanation: text.explanation };
  await db
    .insertInto('quiz_question_translations')
    .values({ question_id: questionId, language, explanation: '', ...values })
    .onConflict((oc) => oc.columns(['question_id', 'language']).doUpdateSet(values))
    .execute();
}

export async function updateQuestionPoints(db: Db, id: number, points: number): Promise<void> {
  await db.updateTable('quiz_questions').set({ points }).where('id', '=', id).execute();
}

/** Replaces a short-text question's accepted answers (distinct, as distinctAnswers keeps them). */
export async function replaceAcceptedAnswers(
  db: Db,
  questionId: number,
  answers: string[],
): Promise<void> {
  await db.deleteFrom('quiz_accepted_answers').where('question_id', '=', questionId).execute();
  if (answers.length > 0)
    await db
      .insertInto('quiz_accepted_answers')
      .values(answers.map((answer) => ({ question_id: questionId, answer })))
      .execute();
}

export async function insertChoice(
  db: Db,
  questionId: number,
  isCorrect: boolean,
): Promise<number> {
  const position = await nextPosition(db, 'quiz_choices', questionId);
  const { id } = await db
    .insertInto('quiz_choices')
    .values({ question_id: questionId, position, is_correct: isCorrect ? 1 : 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function upsertChoiceText(
  db: Db,
  choiceId: number,
  language: string,
  text: { label: string; feedback: string },
): Promise<void> {
  await db
    .insertInto('quiz_choice_translations')
    .values({ choice_id: choiceId, language, ...text })
    .onConflict((oc) => oc.columns(['choice_id', 'language']).doUpdateSet(text))
    .execute();
}

export async function setChoiceCorrect(db: Db, id: number, isCorrect: boolean): Promise<void> {
  await db
    .updateTable('quiz_choices')
    .set({ is_correct: isCorrect ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

/** Makes every other choice of the question wrong (single choice and true/false have one right). */
export async function clearOtherCorrect(db: Db, questionId: number, keepId: number): Promise<void> {
  await db
    .updateTable('quiz_choices')
    .set({ is_correct: 0 })
    .where('question_id', '=', questionId)
    .where('id', '!=', keepId)
    .execute();
}

// Reordering and deleting questions and choices: the shared statements for ordered rows.
export { deleteAndClose, swapWithNeighbour } from '../../db/positions.queries.ts';
