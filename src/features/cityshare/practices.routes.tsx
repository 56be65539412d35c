import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import type { FormState } from '../../web/views/forms.tsx';
import { practiceDocumentsRoutes } from './practice-documents.routes.tsx';
import {
  createPractice,
  getNewPracticeChoices,
  getPracticeForEdit,
  setPracticeStatus,
  updatePracticeDetails,
  type PracticeChoices,
} from './practice-edit.service.ts';
import { getPracticeList } from './practice-list.service.ts';
import {
  listFilterSchema,
  newPracticeSchema,
  practiceFormValues,
  practiceSchema,
} from './practice.schema.ts';
import { getPracticePage } from './practice.service.ts';
import { PracticeFormPage, formStateOf } from './views/PracticeFormPage.tsx';
import { PracticeListPage } from './views/PracticeListPage.tsx';
import { PracticePage } from './views/PracticePage.tsx';

// Good practices: the public list, the practice page, the form (new and edit), publish and
// unpublish; documents in practice-documents.routes.tsx.

type SlugParams = { Params: { slug: string }; Querystring: { done?: string } };

// One-time notices after a redirect: only these keys, never text from the address.
const NOTICES: Record<string, string> = {
  created: 'practices.notices.created',
  exists: 'practices.notices.exists',
  unchanged: 'practices.notices.unchanged',
  updated: 'practices.notices.updated',
  published: 'practices.notices.published',
  unpublished: 'practices.notices.unpublished',
};
const noticeOf = (done: unknown) =>
  typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;

/** A service's field errors (an unknown theme or city), to show on the form; rethrows the rest. */
function fieldErrorsOf(err: unknown): Record<string, string> {
  if (isAppError(err) && err.code === 'VALIDATION' && Object.keys(err.fields).length > 0)
    return err.fields;
  throw err;
}

export async function practicesRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;
  await app.register(practiceDocumentsRoutes);

  app.get('/practices', async (request, reply) => {
    const values = formValues(request.query, []);
    const page = pageOf(request, reply);
    const parsed = listFilterSchema.safeParse(request.query);
    const render = (filters: FormState, data?: Parameters<typeof PracticeListPage>[0]['data']) => (
      <PracticeListPage
        page={page}
        filters={filters}
        pageNumber={parsed.success ? parsed.data.page : 1}
        data={data}
      />
    );
    // A bad filter gets a 400 that says which filter to fix, rather than a silent guess.
    if (!parsed.success)
      return reply.status(400).html(render({ values, errors: fieldErrors(parsed.error) }));
    try {
      const data = await getPracticeList(deps, request.actor, parsed.data, request.lang);
      return reply.html(render({ values, errors: {} }, data));
    } catch (err) {
      return reply.status(400).html(render({ values, errors: fieldErrorsOf(err) }));
    }
  });

  function renderForm(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    choices: PracticeChoices,
    editing?: { slug: string; title: string; cityName: string },
  ) {
    const page = pageOf(request, reply, { withForm: true });
    return reply
      .status(Object.keys(form.errors).length > 0 ? 400 : 200)
      .header('cache-control', 'no-store')
      .html(<PracticeFormPage page={page} form={form} choices={choices} editing={editing} />);
  }

  app.get<{ Querystring: { city?: string } }>('/practices/new', async (request, reply) => {
    const choices = await getNewPracticeChoices(deps, request.actor, request.lang);
    const city = typeof request.query.city === 'string' ? request.query.city : '';
    const values = { city, language: request.lang };
    return renderForm(request, reply, { values, errors: {} }, choices);
  });

  app.post('/practices', async (request, reply) => {
    const choices = await getNewPracticeChoices(deps, request.actor, request.lang);
    const values = practiceFormValues(request.body);
    const parsed = newPracticeSchema.safeParse(values);
    if (!parsed.success)
      return renderForm(request, reply, { values, errors: fieldErrors(parsed.error) }, choices);
    try {
      const { slug, created } = await createPractice(deps, request.actor, parsed.data);
      return reply.redirect(`/practices/${slug}?done=${created ? 'created' : 'exists'}`, 303);
    } catch (err) {
      return renderForm(request, reply, { values, errors: fieldErrorsOf(err) }, choices);
    }
  });

  app.get<SlugParams>('/practices/:slug', async (request, reply) => {
    const result = await getPracticePage(deps, request.actor, request.params.slug, request.lang);
    return reply.html(
      <PracticePage
        page={pageOf(request, reply)}
        {...result}
        noticeKey={noticeOf(request.query.done)}
      />,
    );
  });

  app.get<SlugParams>('/practices/:slug/edit', async (request, reply) => {
    const { practice, choices } = await getPracticeForEdit(
      deps,
      request.actor,
      request.params.slug,
      request.lang,
    );
    const themeSlug = choices.themes.find((th) => th.id === practice.themeId)?.slug ?? '';
    const editing = { slug: practice.slug, title: practice.title, cityName: practice.city.name };
    return renderForm(request, reply, formStateOf(practice, themeSlug), choices, editing);
  });

  app.post<SlugParams>('/practices/:slug/edit', async (request, reply) => {
    const { practice, choices } = await getPracticeForEdit(
      deps,
      request.actor,
      request.params.slug,
      request.lang,
    );
    const editing = { slug: practice.slug, title: practice.title, cityName: practice.city.name };
    const values = practiceFormValues(request.body);
    const parsed = practiceSchema.safeParse(values);
    if (!parsed.success)
      return renderForm(
        request,
        reply,
        { values, errors: fieldErrors(parsed.error) },
        choices,
        editing,
      );
    try {
      const { slug } = await updatePracticeDetails(deps, request.actor, practice.slug, parsed.data);
      return reply.redirect(`/practices/${slug}?done=updated`, 303);
    } catch (err) {
      return renderForm(request, reply, { values, errors: fieldErrorsOf(err) }, choices, editing);
    }
  });

  for (const [action, status] of [
    ['publish', 'published'],
    ['unpublish', 'draft'],
  ] as const)
    app.post<SlugParams>(`/practices/:slug/${action}`, async (request, reply) => {
      const { slug, changed } = await setPracticeStatus(
        deps,
        request.actor,
        request.params.slug,
        status,
      );
      const done = changed ? (status === 'published' ? 'published' : 'unpublished') : 'unchanged';
      return reply.redirect(`/practices/${slug}?done=${done}`, 303);
    });
}
