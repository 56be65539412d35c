import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../web/page.ts';
import { fieldErrors } from '../../web/validation.ts';
import { formOf, sendBackSchema } from './courses.schema.ts';
import { getCourseEditor, loadEditableCourse } from './courses.service.ts';
import {
  listReviewQueue,
  publishCourse,
  requireReviewer,
  sendBackCourse,
  submitCourse,
} from './review.service.ts';
import { renderEditor } from './editor-view.tsx';
import { contentLanguage } from './route-helpers.ts';
import { CourseListPage } from './views/CourseListPage.tsx';

// Review: authors submit, coordinators publish or send back, and see the queue.

type IdParams = { Params: { id: string } };

export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get('/review/courses', async (request, reply) => {
    const courses = await listReviewQueue(deps, request.actor);
    return reply.html(
      <CourseListPage page={pageOf(request, reply)} courses={courses} mode="review" />,
    );
  });

  app.post<IdParams>('/authoring/courses/:id/submit', async (request, reply) => {
    const id = await submitCourse(deps, request.actor, request.params.id);
    return reply.redirect(`/authoring/courses/${id}?done=submitted`, 303);
  });

  app.post<IdParams>('/authoring/courses/:id/publish', async (request, reply) => {
    const id = await publishCourse(deps, request.actor, request.params.id);
    return reply.redirect(`/authoring/courses/${id}?done=published`, 303);
  });

  app.post<IdParams>('/authoring/courses/:id/send-back', async (request, reply) => {
    requireReviewer(request.actor);
    const { course } = await loadEditableCourse(deps, request.actor, request.params.id, 'change');
    const raw = formOf(request.body, ['comment']);
    const parsed = sendBackSchema.safeParse(raw);
    if (!parsed.success) {
      const editor = await getCourseEditor(deps, request.actor, String(course.id), request.lang);
      const language = contentLanguage(
        undefined,
        editor.texts.map((x) => x.language),
        request.lang,
      );
      const sendBack = {
        values: { comment: String(raw.comment) },
        errors: fieldErrors(parsed.error),
      };
      return renderEditor(request, reply, editor, language, { sendBack, status: 400 });
    }
    const id = await sendBackCourse(deps, request.actor, request.params.id, parsed.data.comment);
    return reply.redirect(`/authoring/courses/${id}?done=sentBack`, 303);
  });
}
