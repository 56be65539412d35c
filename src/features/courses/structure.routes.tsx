import type { FastifyInstance } from 'fastify';
import { isLanguage } from '../../web/i18n.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors } from '../../web/validation.ts';
import { formOf, lessonSchema, moduleSchema, moveSchema } from './courses.schema.ts';
import { loadEditableCourse } from './courses.service.ts';
import {
  addLesson,
  deleteLesson,
  getLessonEditor,
  loadLesson,
  moveLesson,
  saveLesson,
} from './lessons.service.ts';
import { contentLanguage, noticeFor, parseOrThrow } from './route-helpers.ts';
import {
  addModule,
  deleteModule,
  loadModule,
  moveModule,
  renameModule,
} from './structure.service.ts';
import { LessonEditPage, lessonFormOf } from './views/LessonEditPage.tsx';

// Modules and lessons of a course. Access is checked (by the services' loaders) before the form
// is read, so a visitor without access learns nothing from a validation message.

type IdParams = { Params: { id: string }; Querystring: { lang?: string; done?: string } };

const LESSON_FIELDS = ['language', 'title', 'body', 'kind', 'video_url', 'is_required'];

const courseHref = (id: number, done: string, lang?: string) =>
  `/authoring/courses/${id}?${lang ? `lang=${lang}&` : ''}done=${done}#syllabus-title`;

export async function structureRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.post<IdParams>('/authoring/courses/:id/modules', async (request, reply) => {
    const { course } = await loadEditableCourse(deps, request.actor, request.params.id, 'change');
    const input = parseOrThrow(moduleSchema, request.body);
    await addModule(deps, request.actor, course.id, input);
    return reply.redirect(courseHref(course.id, 'moduleAdded', input.language), 303);
  });

  app.post<IdParams>('/authoring/modules/:id', async (request, reply) => {
    await loadModule(deps, request.actor, request.params.id);
    const input = parseOrThrow(moduleSchema, request.body);
    const { courseId } = await renameModule(deps, request.actor, request.params.id, input);
    return reply.redirect(courseHref(courseId, 'saved', input.language), 303);
  });

  app.post<IdParams>('/authoring/modules/:id/move', async (request, reply) => {
    await loadModule(deps, request.actor, request.params.id);
    const { direction } = parseOrThrow(moveSchema, request.body);
    const { courseId } = await moveModule(deps, request.actor, request.params.id, direction);
    return reply.redirect(courseHref(courseId, 'moved'), 303);
  });

  app.post<IdParams>('/authoring/modules/:id/delete', async (request, reply) => {
    const { courseId } = await deleteModule(deps, request.actor, request.params.id);
    return reply.redirect(courseHref(courseId, 'moduleDeleted'), 303);
  });

  app.post<IdParams>('/authoring/modules/:id/lessons', async (request, reply) => {
    await loadModule(deps, request.actor, request.params.id);
    const input = parseOrThrow(moduleSchema, request.body);
    const { lessonId } = await addLesson(deps, request.actor, request.params.id, input);
    return reply.redirect(
      `/authoring/lessons/${lessonId}?lang=${input.language}&done=lessonAdded`,
      303,
    );
  });

  app.get<IdParams>('/authoring/lessons/:id', async (request, reply) => {
    const editor = await getLessonEditor(deps, request.actor, request.params.id);
    const written = editor.texts.map((x) => x.language);
    const language = contentLanguage(request.query.lang, written, request.lang);
    const page = pageOf(request, reply, { withForm: true });
    return reply.html(
      <LessonEditPage
        page={page}
        editor={editor}
        language={language}
        form={lessonFormOf(editor, language)}
        noticeKey={noticeFor(request.query.done)}
      />,
    );
  });

  app.post<IdParams>('/authoring/lessons/:id', async (request, reply) => {
    await loadLesson(deps, request.actor, request.params.id, 'change');
    const raw = formOf(request.body, LESSON_FIELDS);
    const parsed = lessonSchema.safeParse(raw);
    if (!parsed.success) {
      const editor = await getLessonEditor(deps, request.actor, request.params.id);
      const language = isLanguage(raw.language)
        ? raw.language
        : contentLanguage(
            undefined,
            editor.texts.map((x) => x.language),
            request.lang,
          );
      const values = Object.fromEntries(LESSON_FIELDS.map((f) => [f, String(raw[f])]));
      const form = { values: { ...values, language }, errors: fieldErrors(parsed.error) };
      const page = pageOf(request, reply, { withForm: true });
      return reply
        .status(400)
        .html(<LessonEditPage page={page} editor={editor} language={language} form={form} />);
    }
    const { lessonId } = await saveLesson(deps, request.actor, request.params.id, parsed.data);
    return reply.redirect(
      `/authoring/lessons/${lessonId}?lang=${parsed.data.language}&done=saved`,
      303,
    );
  });

  app.post<IdParams>('/authoring/lessons/:id/move', async (request, reply) => {
    await loadLesson(deps, request.actor, request.params.id, 'change');
    const { direction } = parseOrThrow(moveSchema, request.body);
    const { courseId } = await moveLesson(deps, request.actor, request.params.id, direction);
    return reply.redirect(courseHref(courseId, 'moved'), 303);
  });

  app.post<IdParams>('/authoring/lessons/:id/delete', async (request, reply) => {
    const { courseId } = await deleteLesson(deps, request.actor, request.params.id);
    return reply.redirect(courseHref(courseId, 'lessonDeleted'), 303);
  });
}
