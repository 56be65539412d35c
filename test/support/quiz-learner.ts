import { createCourse } from '../factories/courses.ts';
import { QUIZ, createQuiz, type QuizDefinition } from '../factories/quizzes.ts';
import { createRun, enrol } from '../factories/runs.ts';
import type { Client, TestApp } from './app.ts';
import { signInNew } from './sign-in.ts';

// A signed-in learner in front of a quiz, for the quiz tests (kept out of the factories, which the
// demo data also uses, so that starting the platform never loads the test client).

/**
 * A published course of the organisation (a text lesson, then the quiz), a run, and a new learner
 * enrolled in it and signed in; with the right answers to QUIZ and a way to start attempts.
 */
export async function learnerWithQuiz(
  t: TestApp,
  owner: { organisationId: number; authorId: number },
  quiz: QuizDefinition = QUIZ,
) {
  const course = await createCourse(t.deps, {
    organisationId: owner.organisationId,
    createdBy: owner.authorId,
    status: 'published',
    modules: [2],
  });
  const [textLesson, quizLesson] = course.lessonIds[0]! as [number, number];
  const { questionIds, choiceIds } = await createQuiz(t.deps, quizLesson, quiz);
  const run = await createRun(t.deps, course.id);
  const { official, client } = await signInNew(t.app, t.deps);
  const enrolment = await enrol(t.deps, run.id, official.id);
  const csrf = await client.csrfFrom('/');
  const base = `/learn/${run.id}/quiz/${quizLesson}`;
  return {
    run,
    official,
    client,
    enrolment,
    csrf,
    base,
    textLesson,
    quizLesson,
    questionIds,
    choiceIds,
    /** The right answers to QUIZ, as the form sends them. */
    rightAnswers: () => ({
      [`q${questionIds[0]}`]: String(choiceIds[0]![1]),
      [`q${questionIds[1]}`]: [String(choiceIds[1]![0]), String(choiceIds[1]![2])],
      [`q${questionIds[2]}`]: String(choiceIds[2]![0]),
      [`q${questionIds[3]}`]: '  BELGIUM ',
    }),
    /** Starts (or resumes) an attempt; its URL. */
    async start(c: Client = client, token = csrf): Promise<string> {
      const res = await c.post(`${base}/attempts`, { _csrf: token });
      if (res.statusCode !== 303) throw new Error(`start: ${res.statusCode}`);
      return String(res.headers.location);
    },
  };
}
