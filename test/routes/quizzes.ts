import { insertAttempt } from '../../src/features/quizzes/attempts.queries.ts';
import { createCourse } from '../factories/courses.ts';
import { createQuiz, type QuizDefinition } from '../factories/quizzes.ts';
import { createRun, enrol } from '../factories/runs.ts';
import type { ActorKind, RouteRow, SetupContext } from './types.ts';

// Quizzes. Taking: only the table's learner is enrolled in the run, so every other official gets
// 404; visitors are sent to sign in (GET) or refused (POST). Authoring: the editors of the course
// ("Table Partner"'s partner editor, coordinators and admins); learners and facilitators get 403.

const QUIZ: QuizDefinition = {
  questions: [
    {
      kind: 'single',
      prompt: { en: 'Pick one' },
      choices: [
        { label: { en: 'Right' }, correct: true },
        { label: { en: 'Wrong' }, correct: false },
      ],
    },
    { kind: 'short_text', prompt: { en: 'Type it' }, accepted: ['it'] },
  ],
};

export async function setup({
  deps,
  values,
  organisationId,
  officials,
}: SetupContext): Promise<void> {
  const make = async (status: 'draft' | 'published') => {
    const course = await createCourse(deps, {
      organisationId,
      createdBy: officials.partner_editor.id,
      status,
      modules: [1],
    });
    const lessonId = course.lessonIds[0]![0]!;
    return { courseId: course.id, lessonId, ...(await createQuiz(deps, lessonId, QUIZ)) };
  };
  const published = await make('published');
  const draft = await make('draft');
  const run = await createRun(deps, published.courseId, {
    facilitatorIds: [officials.facilitator.id],
  });
  const enrolment = await enrol(deps, run.id, officials.learner.id);
  const attempt = await insertAttempt(
    deps.db,
    { enrolmentId: enrolment.id, lessonId: published.lessonId, number: 1, deadlineAt: null },
    new Date().toISOString(),
  );
  values[':quizrun'] = String(run.id);
  values[':quizlesson'] = String(published.lessonId);
  values[':quizattempt'] = String(attempt);
  values[':quizquestion'] = String(published.questionIds[0]);
  values[':quizchoice'] = String(published.choiceIds[0]![0]);
  values[':quizdraftquestion'] = String(draft.questionIds[1]);
  values[':quizdraftchoice'] = String(draft.choiceIds[0]![1]);
}

const learnerOnly = (method: 'GET' | 'POST', ok: number): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: ok,
  facilitator: 404,
  partner_editor: 404,
  coordinator: 404,
  admin: 404,
});

/** Visitors sign in (GET) or are refused (POST); learners and facilitators are not authors. */
const authors = (
  method: 'GET' | 'POST',
  [pe, co, ad]: [number, number, number],
): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: 403,
  facilitator: 403,
  partner_editor: pe,
  coordinator: co,
  admin: ad,
});

const attempt = '/learn/:quizrun/quiz/:quizlesson/attempts/:quizattempt';
const question = { language: 'en', prompt: 'Pick one', points: '2', explanation: 'Because.' };
const choice = { language: 'en', label: 'Right', feedback: 'Yes.', is_correct: '1' };

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/learn/:run/quiz/:lesson',
    url: '/learn/:quizrun/quiz/:quizlesson',
    expect: learnerOnly('GET', 200),
  },
  {
    method: 'GET',
    route: '/learn/:run/quiz/:lesson',
    url: '/learn/:quizrun/quiz/999999',
    expect: learnerOnly('GET', 404),
  },
  // The learner's open attempt (made in setup) is resumed, not doubled.
  {
    method: 'POST',
    route: '/learn/:run/quiz/:lesson/attempts',
    url: '/learn/:quizrun/quiz/:quizlesson/attempts',
    expect: learnerOnly('POST', 303),
  },
  {
    method: 'GET',
    route: '/learn/:run/quiz/:lesson/attempts/:attempt',
    url: attempt,
    expect: learnerOnly('GET', 200),
  },
  {
    method: 'GET',
    route: '/learn/:run/quiz/:lesson/attempts/:attempt/result',
    url: `${attempt}/result`,
    expect: learnerOnly('GET', 303),
  },
  {
    method: 'POST',
    route: '/learn/:run/quiz/:lesson/attempts/:attempt/submit',
    url: `${attempt}/submit`,
    form: { q999999: 'x' },
    expect: learnerOnly('POST', 400),
  },
  {
    method: 'POST',
    route: '/learn/:run/quiz/:lesson/attempts/:attempt/submit',
    url: `${attempt}/submit`,
    form: {},
    expect: learnerOnly('POST', 303),
  },
  {
    method: 'GET',
    route: '/learn/:run/quiz/:lesson/attempts/:attempt/result',
    url: `${attempt}/result`,
    expect: learnerOnly('GET', 200),
  },
  {
    method: 'GET',
    route: '/authoring/lessons/:id/quiz',
    url: '/authoring/lessons/:quizlesson/quiz',
    expect: authors('GET', [200, 200, 200]),
  },
  {
    method: 'GET',
    route: '/authoring/lessons/:id/quiz',
    url: '/authoring/lessons/:quizlesson/quiz?lang=xx',
    expect: authors('GET', [400, 400, 400]),
  },
  {
    method: 'POST',
    route: '/authoring/lessons/:id/quiz',
    url: '/authoring/lessons/:quizlesson/quiz',
    form: { language: 'en', pass_mark: '75', max_attempts: '', time_limit_minutes: '' },
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/lessons/:id/quiz',
    url: '/authoring/lessons/:quizlesson/quiz',
    form: { language: 'en', pass_mark: '101' },
    expect: authors('POST', [400, 400, 400]),
  },
  {
    method: 'POST',
    route: '/authoring/lessons/:id/quiz/questions',
    url: '/authoring/lessons/:quizlesson/quiz/questions',
    form: { language: 'fr', kind: 'true_false', prompt: 'Vrai ?', points: '1' },
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/quiz-questions/:id',
    url: '/authoring/quiz-questions/:quizquestion',
    form: question,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/quiz-questions/:id',
    url: '/authoring/quiz-questions/999999',
    form: question,
    expect: authors('POST', [404, 404, 404]),
  },
  {
    method: 'POST',
    route: '/authoring/quiz-questions/:id/move',
    url: '/authoring/quiz-questions/:quizquestion/move',
    form: { direction: 'up' },
    expect: authors('POST', [400, 400, 400]),
  },
  {
    method: 'POST',
    route: '/authoring/quiz-questions/:id/choices',
    url: '/authoring/quiz-questions/:quizquestion/choices',
    form: { ...choice, label: 'Also offered', is_correct: '' },
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/quiz-choices/:id',
    url: '/authoring/quiz-choices/:quizchoice',
    form: choice,
    expect: authors('POST', [303, 303, 303]),
  },
  {
    method: 'POST',
    route: '/authoring/quiz-choices/:id/move',
    url: '/authoring/quiz-choices/:quizchoice/move',
    form: { direction: 'up' },
    expect: authors('POST', [400, 400, 400]),
  },
  // The published course's content stays; the draft's can go (once).
  {
    method: 'POST',
    route: '/authoring/quiz-choices/:id/delete',
    url: '/authoring/quiz-choices/:quizchoice/delete',
    expect: authors('POST', [409, 409, 409]),
  },
  {
    method: 'POST',
    route: '/authoring/quiz-questions/:id/delete',
    url: '/authoring/quiz-questions/:quizquestion/delete',
    expect: authors('POST', [409, 409, 409]),
  },
  {
    method: 'POST',
    route: '/authoring/quiz-choices/:id/delete',
    url: '/authoring/quiz-choices/:quizdraftchoice/delete',
    expect: authors('POST', [303, 404, 404]),
  },
  {
    method: 'POST',
    route: '/authoring/quiz-questions/:id/delete',
    url: '/authoring/quiz-questions/:quizdraftquestion/delete',
    expect: authors('POST', [303, 404, 404]),
  },
];
