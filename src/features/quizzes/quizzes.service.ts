import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { parseId } from '../courses/courses.schema.ts';
import { requireAuthor, type Course } from '../courses/courses.service.ts';
import { getLessonEditor, loadLesson } from '../courses/lessons.service.ts';
import { requireLearnerEnrolment, requireLessonOfCourse } from '../courses/run-access.service.ts';
import { canDeleteQuizContent } from './quizzes.policy.ts';
import * as q from './quizzes.queries.ts';

// Finding a quiz and checking access to it, for authors and for learners. The operations live in
// files of their own (quiz-settings, questions, choices, attempt-start, attempt-submit).

export type { QuestionRow } from './quizzes.queries.ts';

const notQuiz = () => new AppError('NOT_FOUND', 'quizzes.errors.notQuiz');

/** A quiz lesson the actor may edit ('change') or look at ('view'); others are 404 / 403. */
export async function loadQuizForEditing(
  deps: Deps,
  actor: Actor | null,
  lessonId: string,
  mode: 'view' | 'change',
): Promise<{ who: Actor; course: Course; lessonId: number }> {
  const { who, course, lesson } = await loadLesson(deps, actor, lessonId, mode);
  if (lesson.kind !== 'quiz') throw notQuiz();
  return { who, course, lessonId: lesson.id };
}

/** A question the actor may change, with its course; 404 when it does not exist. */
export async function loadQuestion(deps: Deps, actor: Actor | null, id: string) {
  requireAuthor(actor);
  const questionId = parseId(id);
  const question = questionId === null ? undefined : await q.selectQuestionRef(deps.db, questionId);
  if (!question) throw new AppError('NOT_FOUND', 'quizzes.errors.questionNotFound');
  const { course } = await loadQuizForEditing(deps, actor, String(question.lessonId), 'change');
  return { course, question };
}

/** A choice the actor may change, with its question's kind and its course. */
export async function loadChoice(deps: Deps, actor: Actor | null, id: string) {
  requireAuthor(actor);
  const choiceId = parseId(id);
  const choice = choiceId === null ? undefined : await q.selectChoiceRef(deps.db, choiceId);
  if (!choice) throw new AppError('NOT_FOUND', 'quizzes.errors.choiceNotFound');
  const { course } = await loadQuizForEditing(deps, actor, String(choice.lessonId), 'change');
  return { course, choice };
}

/** The quiz editor: the lesson and course, the settings and every question with its choices. */
export async function getQuizEditor(deps: Deps, actor: Actor | null, lessonId: string) {
  await loadQuizForEditing(deps, actor, lessonId, 'view');
  const editor = await getLessonEditor(deps, actor, lessonId);
  const [settings, questions] = await Promise.all([
    q.selectSettings(deps.db, editor.lesson.id),
    q.selectQuestions(deps.db, editor.lesson.id),
  ]);
  return { ...editor, settings, questions, canDelete: canDeleteQuizContent(editor.course) };
}
export type QuizEditor = Awaited<ReturnType<typeof getQuizEditor>>;

/**
 * The actor's enrolment in the run and the quiz lesson, if they learn in the run and the lesson
 * is a quiz of its course; anything else is 404 (or a sign-in for visitors).
 */
export async function loadLearnerQuiz(
  deps: Deps,
  actor: Actor | null,
  run: string,
  lesson: string,
) {
  requireActor(actor);
  const runId = parseId(run);
  const lessonId = parseId(lesson);
  if (runId === null || lessonId === null)
    throw new AppError('NOT_FOUND', 'quizzes.errors.notQuiz');
  const enrolment = await requireLearnerEnrolment(deps, actor, runId);
  await requireLessonOfCourse(deps, lessonId, enrolment.courseId);
  const found = await q.selectQuizLesson(deps.db, lessonId);
  if (!found || found.kind !== 'quiz') throw notQuiz();
  const [settings, questions] = await Promise.all([
    q.selectSettings(deps.db, lessonId),
    q.selectQuestions(deps.db, lessonId),
  ]);
  return { enrolment, lesson: found, settings, questions };
}
export type LearnerQuiz = Awaited<ReturnType<typeof loadLearnerQuiz>>;
