import type { FastifyInstance } from 'fastify';
import { isLanguage } from '../../web/i18n.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors } from '../../web/validation.ts';
import { catalogueRoutes } from './catalogue.routes.tsx';
import { cohortRoutes } from './cohort.routes.tsx';
import { createCourse, saveCourseDetails } from './course-create.service.ts';
import { courseDetailsSchema, formOf, newCourseSchema } from './courses.schema.ts';
import {
  getCourseEditor,
  listAuthoredCourses,
  loadEditableCourse,
  newCourseOptions,
  requireAuthor,
} from './courses.service.ts';
import { renderEditor } from './editor-view.tsx';
import { learningRoutes } from './learning.routes.tsx';
import { enrolmentRoutes } from './enrolment.routes.tsx';
import { reviewRoutes } from './review.routes.tsx';
import { runsRoutes } from './runs.routes.tsx';
import { contentLanguage, noticeFor, validationFields } from './route-helpers.ts';
import { structureRoutes } from './structure.routes.tsx';
import { CourseListPage } from './views/CourseListPage.tsx';
import { NewCoursePage } from './views/NewCoursePage.tsx';

const DETAIL_FIELDS = [
  'language',
  'title',
  'summary',
  'objectives',
  'format',
  'level',
  'duration_hours',
];

type IdParams = { Params: { id: string }; Querystring: { lang?: string; done?: string } };

/** The submitted details form, split into its text values and its chosen themes. */
function submitted(body: unknown, extra: string[] = []) {
  const raw = formOf(body, [...DETAIL_FIELDS, ...extra], ['theme_ids', 'partner_ids']);
  const chosen = { theme_ids: raw.theme_ids as string[], partner_ids: raw.partner_ids as string[] };
  const values: Record<string, string> = {};
  for (const f of [...DETAIL_FIELDS, ...extra]) values[f] = raw[f] as string;
  return { raw, values, chosen };
}

export async function coursesRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<{ Querystring: { done?: string } }>('/authoring/courses', async (request, reply) => {
    const courses = await listAuthoredCourses(deps, request.actor);
    return reply.html(
      <CourseListPage
        page={pageOf(request, reply)}
        courses={courses}
        mode="authoring"
        noticeKey={noticeFor(request.query.done)}
      />,
    );
  });

  app.get('/authoring/courses/new', async (request, reply) => {
    const options = await newCourseOptions(deps, request.actor, request.lang);
    const page = pageOf(request, reply, { withForm: true });
    const form = { values: { language: request.lang }, errors: {} };
    return reply.html(
      <NewCoursePage
        page={page}
        form={form}
        chosen={{ theme_ids: [], partner_ids: [] }}
        {...options}
      />,
    );
  });

  app.post('/authoring/courses', async (request, reply) => {
    requireAuthor(request.actor);
    const { raw, values, chosen } = submitted(request.body, ['organisation_id']);
    const again = async (errors: Record<string, string>) => {
      const options = await newCourseOptions(deps, request.actor, request.lang);
      const page = pageOf(request, reply, { withForm: true });
      return reply
        .status(400)
        .html(<NewCoursePage page={page} form={{ values, errors }} chosen={chosen} {...options} />);
    };
    const parsed = newCourseSchema.safeParse(raw);
    if (!parsed.success) return again(fieldErrors(parsed.error));
    try {
      const { id } = await createCourse(deps, request.actor, parsed.data);
      return reply.redirect(`/authoring/courses/${id}?done=created`, 303);
    } catch (err) {
      const fields = validationFields(err);
      if (fields) return again(fields);
      throw err;
    }
  });

  app.get<IdParams>('/authoring/courses/:id', async (request, reply) => {
    const editor = await getCourseEditor(deps, request.actor, request.params.id, request.lang);
    const written = editor.texts.map((x) => x.language);
    const language = contentLanguage(request.query.lang, written, request.lang);
    return renderEditor(request, reply, editor, language);
  });

  app.post<IdParams>('/authoring/courses/:id', async (request, reply) => {
    const { course } = await loadEditableCourse(deps, request.actor, request.params.id, 'change');
    const { raw, values, chosen } = submitted(request.body);
    const again = async (errors: Record<string, string>) => {
      const editor = await getCourseEditor(deps, request.actor, String(course.id), request.lang);
      const language = isLanguage(values.language)
        ? values.language
        : contentLanguage(
            undefined,
            editor.texts.map((x) => x.language),
            request.lang,
          );
      const form = { values: { ...values, language }, errors };
      return renderEditor(request, reply, editor, language, { form, chosen, status: 400 });
    };
    const parsed = courseDetailsSchema.safeParse(raw);
    if (!parsed.success) return again(fieldErrors(parsed.error));
    try {
      await saveCourseDetails(deps, request.actor, course.id, parsed.data);
    } catch (err) {
      const fields = validationFields(err);
      if (fields) return again(fields);
      throw err;
    }
    return reply.redirect(
      `/authoring/courses/${course.id}?lang=${parsed.data.language}&done=saved`,
      303,
    );
  });

  await app.register(structureRoutes);
  await app.register(reviewRoutes);
  await app.register(catalogueRoutes);
  await app.register(runsRoutes);
  await app.register(enrolmentRoutes);
  await app.register(learningRoutes);
  await app.register(cohortRoutes);
}
