import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { listExperts } from './directory.service.ts';
import { invitationRoutes } from './invitations.routes.tsx';
import { noticeOf } from './notices.ts';
import {
  listFilterSchema,
  profileFormOf,
  profileSchema,
  type ProfileForm,
} from './experts.schema.ts';
import {
  createProfile,
  getProfileForEdit,
  newProfileDefaults,
  ownProfileSlug,
  profileChoices,
  updateProfile,
} from './profile-edit.service.ts';
import { getExpertPage } from './profile.service.ts';
import { reviewRoutes } from './review.routes.tsx';
import { ExpertFormPage, profileFormFrom } from './views/ExpertFormPage.tsx';
import { ExpertListPage } from './views/ExpertListPage.tsx';
import { ExpertPage } from './views/ExpertPage.tsx';

// The expert directory, profile pages and the profile form; invitations and reviews are
// registered from here.

type SlugParams = { Params: { slug: string }; Querystring: { done?: string } };

// One-time notices after a redirect: only these keys, never text from the address.
const NOTICES: Record<string, string> = {
  created: 'experts.notices.created',
  updated: 'experts.notices.updated',
  invited: 'experts.notices.invited',
};

/** A service's field errors (an unknown theme or organisation); rethrows anything else. */
function fieldErrorsOf(err: unknown): Record<string, string> {
  if (isAppError(err) && err.code === 'VALIDATION' && Object.keys(err.fields).length > 0)
    return err.fields;
  throw err;
}

export async function expertsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;
  await app.register(invitationRoutes);
  await app.register(reviewRoutes);

  app.get('/experts', async (request, reply) => {
    const values = formValues(request.query, []);
    const page = pageOf(request, reply);
    const parsed = listFilterSchema.safeParse(request.query);
    const pageNumber = parsed.success ? parsed.data.page : 1;
    if (!parsed.success)
      return reply
        .status(400)
        .html(
          <ExpertListPage
            page={page}
            filters={{ values, errors: fieldErrors(parsed.error) }}
            pageNumber={1}
          />,
        );
    try {
      const data = await listExperts(deps, request.actor, parsed.data, request.lang);
      return reply.html(
        <ExpertListPage
          page={page}
          filters={{ values, errors: {} }}
          pageNumber={pageNumber}
          data={data}
        />,
      );
    } catch (err) {
      return reply
        .status(400)
        .html(
          <ExpertListPage
            page={page}
            filters={{ values, errors: fieldErrorsOf(err) }}
            pageNumber={1}
          />,
        );
    }
  });

  async function renderForm(
    request: FastifyRequest,
    reply: FastifyReply,
    form: ProfileForm,
    errors: Record<string, string>,
    editing?: Parameters<typeof ExpertFormPage>[0]['editing'],
  ) {
    const choices = await profileChoices(deps, request.lang);
    return reply
      .status(Object.keys(errors).length > 0 ? 400 : 200)
      .header('cache-control', 'no-store')
      .html(
        <ExpertFormPage
          page={pageOf(request, reply, { withForm: true })}
          form={form}
          errors={errors}
          choices={choices}
          editing={editing}
        />,
      );
  }

  // One profile each: whoever has one already is taken to it.
  app.get('/experts/new', async (request, reply) => {
    const own = await ownProfileSlug(deps, request.actor);
    if (own) return reply.redirect(`/experts/${own}`, 303);
    const defaults = await newProfileDefaults(deps, request.actor);
    const form = {
      values: { sector: '', biography: '', ...defaults },
      themes: [],
      languages: [request.lang],
    };
    return renderForm(request, reply, form, {});
  });

  app.post('/experts/new', async (request, reply) => {
    await ownProfileSlug(deps, request.actor); // signed-in officials only
    const form = profileFormOf(request.body);
    const parsed = profileSchema.safeParse({
      ...form.values,
      themes: form.themes,
      languages: form.languages,
    });
    if (!parsed.success) return renderForm(request, reply, form, fieldErrors(parsed.error));
    try {
      const slug = await createProfile(deps, request.actor, parsed.data, request.lang);
      return reply.redirect(`/experts/${slug}?done=created`, 303);
    } catch (err) {
      return renderForm(request, reply, form, fieldErrorsOf(err));
    }
  });

  app.get<SlugParams>('/experts/:slug', async (request, reply) => {
    const data = await getExpertPage(deps, request.actor, request.params.slug, request.lang);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <ExpertPage
          page={pageOf(request, reply)}
          data={data}
          noticeKey={noticeOf(NOTICES, request.query.done)}
        />,
      );
  });

  app.get<SlugParams>('/experts/:slug/edit', async (request, reply) => {
    const profile = await getProfileForEdit(deps, request.actor, request.params.slug);
    const { themes } = await profileChoices(deps, request.lang);
    const slugs = themes.filter((th) => profile.themeIds.includes(th.id)).map((th) => th.slug);
    return renderForm(request, reply, profileFormFrom(profile, slugs), {}, profile);
  });

  app.post<SlugParams>('/experts/:slug/edit', async (request, reply) => {
    const profile = await getProfileForEdit(deps, request.actor, request.params.slug);
    const form = profileFormOf(request.body);
    const parsed = profileSchema.safeParse({
      ...form.values,
      themes: form.themes,
      languages: form.languages,
    });
    if (!parsed.success)
      return renderForm(request, reply, form, fieldErrors(parsed.error), profile);
    try {
      const slug = await updateProfile(
        deps,
        request.actor,
        profile.slug,
        parsed.data,
        request.lang,
      );
      return reply.redirect(`/experts/${slug}?done=updated`, 303);
    } catch (err) {
      return renderForm(request, reply, form, fieldErrorsOf(err), profile);
    }
  });
}
