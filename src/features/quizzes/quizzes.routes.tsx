import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../web/page.ts';
import { getAttemptForm, startAttempt } from './attempt-start.service.ts';
import { getResult, submitAttempt } from './attempt-submit.service.ts';
import { getQuizHome } from './attempts.service.ts';
import { quizAuthoringRoutes } from './quiz-authoring.routes.tsx';
import { answersOf } from './quizzes.schema.ts';
import { AttemptPage } from './views/AttemptPage.tsx';
import { QuizHomePage } from './views/QuizHomePage.tsx';
import { ResultPage } from './views/ResultPage.tsx';

// Taking a quiz: its page, starting or resuming an attempt, the attempt's form, submitting it
// (graded on the server) and the result. The quiz editor's routes are registered from here too.

type QuizParams = { Params: { run: string; lesson: string } };
type AttemptParams = { Params: { run: string; lesson: string; attempt: string } };

const quizHref = (p: { run: string; lesson: string }) => `/learn/${p.run}/quiz/${p.lesson}`;

export async function quizzesRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<QuizParams>('/learn/:run/quiz/:lesson', async (request, reply) => {
    const home = await getQuizHome(deps, request.actor, request.params);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <QuizHomePage
          page={pageOf(request, reply, { withForm: true })}
          home={home}
          runId={home.enrolment.runId}
        />,
      );
  });

  app.post<QuizParams>('/learn/:run/quiz/:lesson/attempts', async (request, reply) => {
    const { attemptId } = await startAttempt(deps, request.actor, request.params);
    return reply.redirect(`${quizHref(request.params)}/attempts/${attemptId}`, 303);
  });

  app.get<AttemptParams>('/learn/:run/quiz/:lesson/attempts/:attempt', async (request, reply) => {
    const form = await getAttemptForm(deps, request.actor, request.params);
    // A closed attempt (submitted, or its time up) has nothing left to answer: show its result.
    if (form.attempt.status !== 'open')
      return reply.redirect(`${quizHref(request.params)}/attempts/${form.attempt.id}/result`, 303);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <AttemptPage
          page={pageOf(request, reply, { withForm: true })}
          form={form}
          runId={form.enrolment.runId}
        />,
      );
  });

  app.post<AttemptParams>(
    '/learn/:run/quiz/:lesson/attempts/:attempt/submit',
    async (request, reply) => {
      const { attemptId } = await submitAttempt(
        deps,
        request.actor,
        request.params,
        answersOf(request.body),
      );
      return reply.redirect(`${quizHref(request.params)}/attempts/${attemptId}/result`, 303);
    },
  );

  app.get<AttemptParams>(
    '/learn/:run/quiz/:lesson/attempts/:attempt/result',
    async (request, reply) => {
      const result = await getResult(deps, request.actor, request.params);
      if (result.attempt.status === 'open')
        return reply.redirect(`${quizHref(request.params)}/attempts/${result.attempt.id}`, 303);
      return reply
        .header('cache-control', 'no-store')
        .html(
          <ResultPage
            page={pageOf(request, reply)}
            result={result}
            runId={result.enrolment.runId}
          />,
        );
    },
  );

  await app.register(quizAuthoringRoutes);
}
