import type { Db } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { loadEventForEdit } from './event-edit.service.ts';
import { pickText } from './event-text.ts';
import * as q from './registration-questions.queries.ts';
import { MAX_QUESTIONS, type QuestionInput } from './registration-questions.schema.ts';

// The questions organisers ask at registration (accessibility, dietary needs…): add, edit,
// reorder, delete. Access is the event editor's. Every change locks the event row first (on
// PostgreSQL), so that two changes to one event's questions take turns.

export type { EventQuestion } from './registration-questions.queries.ts';

export interface QuestionsSetup {
  event: { id: number; slug: string; title: string };
  questions: q.EventQuestion[];
  max: number;
}

const NOT_FOUND = 'registration-questions.errors.notFound';
const DUPLICATE = 'registration-questions.errors.duplicate';
const TOO_MANY = 'registration-questions.errors.tooMany';

/** The organisers' page of an event's questions; 404 / 403 as the event editor answers. */
export async function getQuestionsSetup(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
  language: string,
): Promise<QuestionsSetup> {
  const event = await loadEventForEdit(deps, actor, eventId);
  const questions = await q.selectEventQuestions(deps.db, event.id);
  const title = pickText(event.texts, language)?.title ?? event.slug;
  return { event: { id: event.id, slug: event.slug, title }, questions, max: MAX_QUESTIONS };
}

/** Checks that the actor organises the event and that the question is one of its (404 else). */
export async function requireEventQuestion(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
  questionId: number | undefined,
): Promise<void> {
  const event = await loadEventForEdit(deps, actor, eventId);
  await findQuestion(deps.db, event.id, questionId);
}

/**
 * 409 naming the prompt field when another question of the event already asks this; else how
 * many questions the event has.
 */
async function refuseDuplicate(tx: Db, eventId: number, prompt: string, selfId?: number) {
  const prompts = await q.selectPrompts(tx, eventId);
  if (prompts.some((p) => p.id !== selfId && p.prompt === prompt))
    throw new AppError('CONFLICT', DUPLICATE, { fields: { prompt: DUPLICATE } });
  return prompts.length;
}

/**
 * Adds a question at the end. A prompt the event already asks is refused (409), so a double
 * submission makes one question; an event has at most MAX_QUESTIONS.
 */
export async function addQuestion(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
  input: QuestionInput,
): Promise<void> {
  const event = await loadEventForEdit(deps, actor, eventId);
  await deps.db.transaction().execute(async (tx) => {
    await q.lockEvent(tx, deps.dialect, event.id);
    if ((await refuseDuplicate(tx, event.id, input.prompt)) >= MAX_QUESTIONS)
      throw new AppError('CONFLICT', TOO_MANY, { fields: { prompt: TOO_MANY } });
    await q.insertQuestion(tx, event.id, asQuestion(input));
  });
}

/** Saves a question's prompt and whether it must be answered (404 for another event's). */
export async function saveQuestion(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
  questionId: number | undefined,
  input: QuestionInput,
): Promise<void> {
  const event = await loadEventForEdit(deps, actor, eventId);
  await deps.db.transaction().execute(async (tx) => {
    await q.lockEvent(tx, deps.dialect, event.id);
    const found = await findQuestion(tx, event.id, questionId);
    await refuseDuplicate(tx, event.id, input.prompt, found.id);
    await q.updateQuestion(tx, found.id, asQuestion(input));
  });
}

/** Moves a question one place up or down (400 at either end). */
export async function moveQuestion(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
  questionId: number | undefined,
  direction: 'up' | 'down',
): Promise<void> {
  const event = await loadEventForEdit(deps, actor, eventId);
  await deps.db.transaction().execute(async (tx) => {
    await q.lockEvent(tx, deps.dialect, event.id);
    const found = await findQuestion(tx, event.id, questionId);
    if (!(await q.swapWithNeighbour(tx, 'event_questions', found, direction)))
      throw new AppError('VALIDATION', 'registration-questions.errors.cannotMove');
  });
}

/** Deletes a question; the answers already given to it go with it (the schema cascades). */
export async function deleteQuestion(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
  questionId: number | undefined,
): Promise<void> {
  const event = await loadEventForEdit(deps, actor, eventId);
  await deps.db.transaction().execute(async (tx) => {
    await q.lockEvent(tx, deps.dialect, event.id);
    await q.deleteAndClose(tx, 'event_questions', await findQuestion(tx, event.id, questionId));
  });
}

const asQuestion = (input: QuestionInput) => ({
  prompt: input.prompt,
  isRequired: input.is_required,
});

async function findQuestion(tx: Db, eventId: number, questionId: number | undefined) {
  const found =
    questionId === undefined ? undefined : await q.selectQuestionRef(tx, eventId, questionId);
  if (!found) throw new AppError('NOT_FOUND', NOT_FOUND);
  return found;
}
