import type { Deps } from '../../src/deps.ts';
import { updateLesson } from '../../src/features/courses/lessons.queries.ts';
import {
  insertChoice,
  insertQuestion,
  replaceAcceptedAnswers,
  upsertChoiceText,
  upsertQuestionText,
} from '../../src/features/quizzes/questions.queries.ts';
import { completeLesson } from '../../src/features/courses/progress.service.ts';
import { closeAttempt, insertAttempt } from '../../src/features/quizzes/attempts.queries.ts';
import {
  gradeAttempt,
  distinctAnswers,
  type QuestionKind,
} from '../../src/features/quizzes/quizzes.grading.ts';
import {
  selectQuestions,
  selectSettings,
  upsertSettings,
} from '../../src/features/quizzes/quizzes.queries.ts';
import type { Texts } from './courses.ts';

export interface QuizQuestionDefinition {
  kind: QuestionKind;
  points?: number;
  prompt: Texts;
  explanation?: Texts;
  /** Single and multiple choice; for true/false, two entries: "true" first, then "false". */
  choices?: Array<{ label?: Texts; feedback?: Texts; correct: boolean }>;
  /** Short text: the accepted answers, as the author writes them (compared normalised). */
  accepted?: string[];
}

export interface QuizDefinition {
  passMark?: number;
  maxAttempts?: number | null;
  timeLimitMinutes?: number | null;
  shuffle?: boolean;
  questions: QuizQuestionDefinition[];
}

const languagesOf = (texts: Texts | undefined) =>
  texts ? Object.keys(texts).filter((l) => texts[l] !== undefined) : [];

/** Turns the lesson into a quiz with these settings and questions, in every language given. */
export async function createQuiz(
  deps: Deps,
  lessonId: number,
  quiz: QuizDefinition,
): Promise<{ questionIds: number[]; choiceIds: number[][] }> {
  const now = new Date().toISOString();
  await updateLesson(deps.db, lessonId, { kind: 'quiz', videoUrl: '', isRequired: true }, now);
  await upsertSettings(
    deps.db,
    lessonId,
    {
      passMark: quiz.passMark ?? 70,
      maxAttempts: quiz.maxAttempts ?? null,
      timeLimitMinutes: quiz.timeLimitMinutes ?? null,
      shuffle: quiz.shuffle ?? false,
    },
    now,
  );
  const questionIds: number[] = [];
  const choiceIds: number[][] = [];
  for (const q of quiz.questions) {
    const id = await insertQuestion(deps.db, lessonId, { kind: q.kind, points: q.points ?? 1 });
    for (const language of languagesOf(q.prompt))
      await upsertQuestionText(deps.db, id, language, {
        prompt: q.prompt[language]!,
        explanation: q.explanation?.[language] ?? '',
      });
    const ids: number[] = [];
    for (const c of q.choices ?? []) {
      const choiceId = await insertChoice(deps.db, id, c.correct);
      const languages = new Set([...languagesOf(c.label), ...languagesOf(c.feedback)]);
      for (const language of languages)
        await upsertChoiceText(deps.db, choiceId, language, {
          label: c.label?.[language] ?? '',
          feedback: c.feedback?.[language] ?? '',
        });
      ids.push(choiceId);
    }
    if (q.accepted) await replaceAcceptedAnswers(deps.db, id, distinctAnswers(q.accepted));
    questionIds.push(id);
    choiceIds.push(ids);
  }
  return { questionIds, choiceIds };
}

/** Moves an attempt's deadline into the past, as if its time had run out `secondsAgo` ago. */
export async function expireAttempt(deps: Deps, attemptId: number, secondsAgo = 60): Promise<void> {
  await deps.db
    .updateTable('quiz_attempts')
    .set({ deadline_at: new Date(Date.now() - secondsAgo * 1000).toISOString() })
    .where('id', '=', attemptId)
    .execute();
}

/** A quiz of every question kind (5 points; pass mark 60 %), for tests of taking quizzes. */
export const QUIZ: QuizDefinition = {
  passMark: 60,
  questions: [
    {
      kind: 'single',
      points: 2,
      prompt: { en: 'Where was the first course held?' },
      explanation: { en: 'In **Antwerp**, on 15–16 May 2013.' },
      choices: [
        { label: { en: 'Durban' }, feedback: { en: 'Durban sent participants.' }, correct: false },
        { label: { en: 'Antwerp' }, feedback: { en: 'Yes: the host city.' }, correct: true },
      ],
    },
    {
      kind: 'multiple',
      prompt: { en: 'Which cities took part?' },
      choices: [
        { label: { en: 'Płock' }, correct: true },
        { label: { en: 'Lagos' }, correct: false },
        { label: { en: 'Diourbel' }, correct: true },
      ],
    },
    {
      kind: 'true_false',
      prompt: { en: 'The study visit went to the Red Star Line Museum.' },
      choices: [{ correct: true }, { correct: false }],
    },
    {
      kind: 'short_text',
      prompt: { en: 'In which country is Antwerp?' },
      accepted: ['Belgium', 'Belgique'],
    },
  ],
};

/** Every attempt of the enrolment, oldest first. */
export async function attemptRows(deps: Deps, enrolmentId: number) {
  return deps.db
    .selectFrom('quiz_attempts')
    .selectAll()
    .where('enrolment_id', '=', enrolmentId)
    .orderBy('number')
    .execute();
}

/**
 * The learner answers every question of the quiz rightly in one attempt (as the demo's learners
 * did), and the lesson is recorded as done the way a passed attempt records it.
 */
export async function passQuiz(deps: Deps, enrolmentId: number, lessonId: number): Promise<void> {
  const [questions, settings] = await Promise.all([
    selectQuestions(deps.db, lessonId),
    selectSettings(deps.db, lessonId),
  ]);
  const given = new Map(
    questions.map((q) => [
      q.id,
      {
        choiceIds: q.choices.filter((c) => c.isCorrect).map((c) => c.id),
        text: q.accepted[0] ?? '',
      },
    ]),
  );
  const grade = gradeAttempt(
    questions.map((q) => ({
      ...q,
      choices: q.choices.map((c) => ({ id: c.id, isCorrect: c.isCorrect })),
    })),
    given,
    settings.passMark,
  );
  const now = new Date().toISOString();
  const attemptId = await insertAttempt(
    deps.db,
    { enrolmentId, lessonId, number: 1, deadlineAt: null },
    now,
  );
  await closeAttempt(deps.db, attemptId, { status: 'submitted', ...grade }, now);
  if (grade.passed) await completeLesson(deps, enrolmentId, lessonId);
}
