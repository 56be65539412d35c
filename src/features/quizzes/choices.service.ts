import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { retryOnDuplicate } from '../courses/structure.service.ts';
import * as w from './questions.queries.ts';
import { canDeleteQuizContent } from './quizzes.policy.ts';
import { selectChoiceRef, touchQuiz } from './quizzes.queries.ts';
import type { ChoiceInput } from './quizzes.schema.ts';
import { loadChoice, loadQuestion } from './quizzes.service.ts';

// The choices of single- and multiple-choice questions (true/false questions keep their two).

// Single choice and true/false have exactly one right choice: marking one clears the others.
const ONE_RIGHT = new Set(['single', 'true_false']);

function requireLabel(kind: string, input: ChoiceInput): void {
  if (kind !== 'true_false' && input.label === '')
    throw new AppError('VALIDATION', 'common.errors.required', {
      fields: { label: 'common.errors.required' },
    });
}

/** Adds a choice at the end of a single- or multiple-choice question. */
export async function addChoice(
  deps: Deps,
  actor: Actor | null,
  questionId: string,
  input: ChoiceInput,
): Promise<{ lessonId: number }> {
  const { question } = await loadQuestion(deps, actor, questionId);
  if (question.kind !== 'single' && question.kind !== 'multiple')
    throw new AppError('CONFLICT', 'quizzes.errors.noChoicesHere');
  requireLabel(question.kind, input);
  await retryOnDuplicate(() =>
    deps.db.transaction().execute(async (tx) => {
      await touchQuiz(tx, question.lessonId, nowIso());
      const id = await w.insertChoice(tx, question.id, input.is_correct);
      await w.upsertChoiceText(tx, id, input.language, {
        label: input.label,
        feedback: input.feedback,
      });
      if (input.is_correct && ONE_RIGHT.has(question.kind))
        await w.clearOtherCorrect(tx, question.id, id);
    }),
  );
  return { lessonId: question.lessonId };
}

/** Saves a choice's label and feedback in one language, and whether it is right. */
export async function saveChoice(
  deps: Deps,
  actor: Actor | null,
  id: string,
  input: ChoiceInput,
): Promise<{ lessonId: number }> {
  const { choice } = await loadChoice(deps, actor, id);
  requireLabel(choice.kind, input);
  await deps.db.transaction().execute(async (tx) => {
    await touchQuiz(tx, choice.lessonId, nowIso());
    await w.upsertChoiceText(tx, choice.id, input.language, {
      label: choice.kind === 'true_false' ? '' : input.label,
      feedback: input.feedback,
    });
    await w.setChoiceCorrect(tx, choice.id, input.is_correct);
    if (input.is_correct && ONE_RIGHT.has(choice.kind))
      await w.clearOtherCorrect(tx, choice.questionId, choice.id);
  });
  return { lessonId: choice.lessonId };
}

/** Moves a choice one place up or down (400 at either end; true/false stay as they are). */
export async function moveChoice(
  deps: Deps,
  actor: Actor | null,
  id: string,
  direction: 'up' | 'down',
): Promise<{ lessonId: number }> {
  const { choice } = await loadChoice(deps, actor, id);
  if (choice.kind === 'true_false') throw new AppError('CONFLICT', 'quizzes.errors.trueFalseFixed');
  await deps.db.transaction().execute(async (tx) => {
    await touchQuiz(tx, choice.lessonId, nowIso());
    const current = await selectChoiceRef(tx, choice.id);
    const moved =
      current !== undefined &&
      (await w.swapWithNeighbour(
        tx,
        'quiz_choices',
        { id: current.id, parentId: current.questionId, position: current.position },
        direction,
      ));
    if (!moved) throw new AppError('VALIDATION', 'quizzes.errors.cannotMove');
  });
  return { lessonId: choice.lessonId };
}

/** Deletes a choice while the course is a draft. */
export async function deleteChoice(
  deps: Deps,
  actor: Actor | null,
  id: string,
): Promise<{ lessonId: number }> {
  const { course, choice } = await loadChoice(deps, actor, id);
  if (choice.kind === 'true_false') throw new AppError('CONFLICT', 'quizzes.errors.trueFalseFixed');
  if (!canDeleteQuizContent(course))
    throw new AppError('CONFLICT', 'quizzes.errors.deleteOnlyDraft');
  await deps.db.transaction().execute(async (tx) => {
    await touchQuiz(tx, choice.lessonId, nowIso());
    const current = await selectChoiceRef(tx, choice.id);
    if (!current) throw new AppError('NOT_FOUND', 'quizzes.errors.choiceNotFound');
    await w.deleteAndClose(tx, 'quiz_choices', {
      id: current.id,
      parentId: current.questionId,
      position: current.position,
    });
  });
  return { lessonId: choice.lessonId };
}
