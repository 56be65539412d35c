import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../web/page.ts';
import { getDashboard } from './dashboard.service.ts';
import { documentRoutes } from './document.routes.tsx';
import { markDoneSchema } from './learning.schema.ts';
import { getLearnerCourse, getLearnerLesson, markLessonDone } from './learning.service.ts';
import { DashboardPage } from './views/DashboardPage.tsx';
import { LearnCoursePage } from './views/LearnCoursePage.tsx';
import { LearnLessonPage } from './views/LearnLessonPage.tsx';

// The learner's pages: "My learning", a run's course home, its lessons and "mark as done".

type Query = { Querystring: { lang?: string; done?: string } };
type RunParams = Query & { Params: { run: string } };
type LessonParams = Query & { Params: { run: string; lesson: string } };

// One-time notices after a redirect: only these keys, never text from the address.
const NOTICES: Record<string, string> = {
  lessonDone: 'learning.notices.lessonDone',
  courseCompleted: 'learning.notices.courseCompleted',
};
const noticeOf = (done: unknown) =>
  typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;

export async function learningRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get('/learning', async (request, reply) => {
    const entries = await getDashboard(deps, request.actor, request.lang);
    return reply.html(<DashboardPage page={pageOf(request, reply)} entries={entries} />);
  });

  app.get<RunParams>('/learn/:run', async (request, reply) => {
    const { run } = request.params;
    const course = await getLearnerCourse(
      deps,
      request.actor,
      run,
      request.query.lang,
      request.lang,
    );
    return reply.html(
      <LearnCoursePage
        page={pageOf(request, reply)}
        course={course}
        noticeKey={noticeOf(request.query.done)}
      />,
    );
  });

  app.get<LessonParams>('/learn/:run/lessons/:lesson', async (request, reply) => {
    const data = await getLearnerLesson(
      deps,
      request.actor,
      request.params,
      request.query.lang,
      request.lang,
    );
    return reply.html(
      <LearnLessonPage
        page={pageOf(request, reply, { withForm: true })}
        data={data}
        noticeKey={noticeOf(request.query.done)}
      />,
    );
  });

  app.post<LessonParams>('/learn/:run/lessons/:lesson/done', async (request, reply) => {
    const result = await markLessonDone(deps, request.actor, request.params);
    // The language only chooses where to go next: a tampered value is dropped, not an error.
    const lang = markDoneSchema.safeParse(request.body ?? {}).data?.lang;
    const language = lang ? `lang=${lang}&` : '';
    if (result.completed || result.nextLessonId === null) {
      const done = result.completed ? 'courseCompleted' : 'lessonDone';
      return reply.redirect(`/learn/${result.runId}?${language}done=${done}`, 303);
    }
    return reply.redirect(
      `/learn/${result.runId}/lessons/${result.nextLessonId}?${language}done=lessonDone`,
      303,
    );
  });

  await app.register(documentRoutes);
}
