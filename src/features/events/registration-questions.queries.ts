import type { Db } from '../../db/database.ts';
import { nextPosition } from '../../db/positions.queries.ts';

// SQL for the questions an event's organisers ask at registration (event_questions). Positions are
// 1, 2, 3… per event and unique; the shared statements of db/positions keep them so.

export { deleteAndClose, swapWithNeighbour } from '../../db/positions.queries.ts';
export { lockEvent } from './event-documents.queries.ts';

export interface EventQuestion {
  id: number;
  position: number;
  prompt: string;
  isRequired: boolean;
  /** How many registrations answered it (deleting the question deletes those answers). */
  answerCount: number;
}

/** An event's questions in order, with how many answers each has. */
export async function selectEventQuestions(db: Db, eventId: number): Promise<EventQuestion[]> {
  const rows = await db
    .selectFrom('event_questions as q')
    .leftJoin('registration_answers as a', 'a.question_id', 'q.id')
    .select((eb) => [
      'q.id',
      'q.position',
      'q.prompt',
      'q.is_required',
      eb.fn.count<number>('a.registration_id').as('answers'),
    ])
    .where('q.event_id', '=', eventId)
    .groupBy(['q.id', 'q.position', 'q.prompt', 'q.is_required'])
    .orderBy('q.position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    position: Number(r.position),
    prompt: r.prompt,
    isRequired: Number(r.is_required) === 1,
    answerCount: Number(r.answers),
  }));
}

/** One question of the event (undefined when it is another event's or does not exist). */
export async function selectQuestionRef(
  db: Db,
  eventId: number,
  questionId: number,
): Promise<{ id: number; parentId: number; position: number } | undefined> {
  const row = await db
    .selectFrom('event_questions')
    .select(['id', 'event_id', 'position'])
    .where('event_id', '=', eventId)
    .where('id', '=', questionId)
    .executeTakeFirst();
  return row && { id: row.id, parentId: row.event_id, position: Number(row.position) };
}

/** The event's prompts by question id (to refuse a second question with the same prompt). */
export async function selectPrompts(
  db: Db,
  eventId: number,
): Promise<Array<{ id: number; prompt: string }>> {
  return db
    .selectFrom('event_questions')
    .select(['id', 'prompt'])
    .where('event_id', '=', eventId)
    .execute();
}

/** Adds a question after the event's last one. */
export async function insertQuestion(
  db: Db,
  eventId: number,
  question: { prompt: string; isRequired: boolean },
): Promise<number> {
  const position = await nextPosition(db, 'event_questions', eventId);
  const { id } = await db
    .insertInto('event_questions')
    .values({
      event_id: eventId,
      position,
      prompt: question.prompt,
      is_required: question.isRequired ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateQuestion(
  db: Db,
  questionId: number,
  question: { prompt: string; isRequired: boolean },
): Promise<void> {
  await db
    .updateTable('event_questions')
    .set({ prompt: question.prompt, is_required: question.isRequired ? 1 : 0 })
    .where('id', '=', questionId)
    .execute();
}
