import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { retryOnDuplicate } from '../courses/structure.service.ts';
import * as w from './questions.queries.ts';
import { distinctAnswers } from './quizzes.grading.ts';
import { canDeleteQuizContent } from './quizzes.policy.ts';
import { selectQuestionRef, touchQuiz } from './quizzes.queries.ts';
import type { NewQuestionInput, QuestionInput } from './quizzes.schema.ts';
import { loadQuestion, loadQuizForEditing } from './quizzes.service.ts';

// A quiz's questions: add, edit (text per language, points, accepted answers), reorder, delete.
// Each transaction touches (and so, on PostgreSQL, locks) the quiz row first.

/** Adds a question at the end; a true/false question gets its two choices ("true" right). */
export async function addQuestion(
  deps: Deps,
  actor: Actor | null,
  lessonId: string,
  input: NewQuestionInput,
): Promise<{ lessonId: number; questionId: number }> {
  const quiz = await loadQuizForEditing(deps, actor, lessonId, 'change');
  const questionId = await retryOnDuplicate(() =>
    deps.db.transaction().execute(async (tx) => {
      await touchQuiz(tx, quiz.lessonId, nowIso());
      const id = await w.insertQuestion(tx, quiz.lessonId, input);
      await w.upsertQuestionText(tx, id, input.language, { prompt: input.prompt });
      if (input.kind === 'true_false') {
        await w.insertChoice(tx, id, true);
        await w.insertChoice(tx, id, false);
      }
      return id;
    }),
  );
  return { lessonId: quiz.lessonId, questionId };
}

/** Saves a question's prompt and explanation in one language, its points and accepted answers. */
export async function saveQuestion(
  deps: Deps,
  actor: Actor | null,
  id: string,
  input: QuestionInput,
): Promise<{ lessonId: number }> {
  const { question } = await loadQuestion(deps, actor, id);
  const accepted = distinctAnswers(input.accepted);
  if (question.kind === 'short_text' && accepted.length === 0)
    throw new AppError('VALIDATION', 'quizzes.errors.acceptedRequired', {
      fields: { accepted: 'quizzes.errors.acceptedRequired' },
    });
  await deps.db.transaction().execute(async (tx) => {
    await touchQuiz(tx, question.lessonId, nowIso());
    await w.upsertQuestionText(tx, question.id, input.language, {
      prompt: input.prompt,
      explanation: input.explanation,
    });
    await w.updateQuestionPoints(tx, question.id, input.points);
    if (question.kind === 'short_text') await w.replaceAcceptedAnswers(tx, question.id, accepted);
  });
  return { lessonId: question.lessonId };
}

/** Moves a question one place up or down (400 at either end). */
export async function moveQuestion(
  deps: Deps,
  actor: Actor | null,
  id: string,
  direction: 'up' | 'down',
): Promise<{ lessonId: number }> {
  const { question } = await loadQuestion(deps, actor, id);
  await deps.db.transaction().execute(async (tx) => {
    await touchQuiz(tx, question.lessonId, nowIso());
    const current = await selectQuestionRef(tx, question.id);
    const moved =
      current !== undefined &&
      (await w.swapWithNeighbour(
        tx,
        'quiz_questions',
        { id: current.id, parentId: current.lessonId, position: current.position },
        direction,
      ));
    if (!moved) throw new AppError('VALIDATION', 'quizzes.errors.cannotMove');
  });
  return { lessonId: question.lessonId };
}

/** Deletes a question while the course is a draft (its choices and answers go with it). */
export async function deleteQuestion(
  deps: Deps,
  actor: Actor | null,
  id: string,
): Promise<{ lessonId: number }> {
  const { course, question } = await loadQuestion(deps, actor, id);
  if (!canDeleteQuizContent(course))
    throw new AppError('CONFLICT', 'quizzes.errors.deleteOnlyDraft');
  await deps.db.transaction().execute(async (tx) => {
    await touchQuiz(tx, question.lessonId, nowIso());
    const current = await selectQuestionRef(tx, question.id);
    if (!current) throw new AppError('NOT_FOUND', 'quizzes.errors.questionNotFound');
    await w.deleteAndClose(tx, 'quiz_questions', {
      id: current.id,
      parentId: current.lessonId,
      position: current.position,
    });
  });
  return { lessonId: question.lessonId };
}
