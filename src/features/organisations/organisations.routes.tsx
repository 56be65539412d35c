import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../web/page-cache.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { createOrganisation, updateOrganisation } from './organisation-edit.service.ts';
import {
  directoryFilterSchema,
  organisationFormValues,
  organisationSchema,
} from './organisations.schema.ts';
import {
  getOrganisationForEdit,
  getOrganisationPage,
  listDirectory,
  requireOrganisationEditor,
} from './organisations.service.ts';
import { DirectoryPage } from './views/DirectoryPage.tsx';
import { formStateOf, OrganisationFormPage } from './views/OrganisationFormPage.tsx';
import { OrganisationPage } from './views/OrganisationPage.tsx';
import { cityShareSection } from '../cityshare/assessment-summary.service.ts';
import { workspaceOf } from './workspace.service.ts';

// One-time notices after a redirect: only these keys, never text from the address.
const NOTICES: Record<string, string> = {
  created: 'organisations.notices.created',
  updated: 'organisations.notices.updated',
  cityProfileSaved: 'cities.profile.saved',
};

type SlugParams = { Params: { slug: string } };

export async function organisationsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get('/organisations', async (request, reply) => {
    const values = formValues(request.query, []);
    const parsed = directoryFilterSchema.safeParse(request.query);
    const page = pageOf(request, reply);
    if (!parsed.success) {
      // Unknown filter values get a 400 that says which filter to fix, rather than a silent guess.
      const filters = { values, errors: fieldErrors(parsed.error) };
      return reply
        .status(400)
        .html(
          <DirectoryPage
            page={page}
            filters={filters}
            entries={[]}
            next={null}
            paged={false}
            canCreate={false}
          />,
        );
    }
    const filter = parsed.data;
    return sendPage(request, reply, 'organisations', async () => {
      const result = await listDirectory(deps, request.actor, filter);
      return (
        <DirectoryPage
          page={page}
          filters={{ values, errors: {} }}
          entries={result.entries}
          next={result.next}
          paged={filter.after !== null}
          canCreate={result.canCreate}
        />
      );
    });
  });

  app.get('/organisations/new', async (request, reply) => {
    requireOrganisationEditor(request.actor);
    const page = pageOf(request, reply, { withForm: true });
    return reply.html(<OrganisationFormPage page={page} form={{ values: {}, errors: {} }} />);
  });

  app.post('/organisations', async (request, reply) => {
    requireOrganisationEditor(request.actor);
    const values = organisationFormValues(request.body);
    const parsed = organisationSchema.safeParse(values);
    if (!parsed.success) {
      const page = pageOf(request, reply, { withForm: true });
      const form = { values, errors: fieldErrors(parsed.error) };
      return reply.status(400).html(<OrganisationFormPage page={page} form={form} />);
    }
    const { slug } = await createOrganisation(deps, request.actor, parsed.data);
    return reply.redirect(`/organisations/${slug}?done=created`, 303);
  });

  app.get<SlugParams & { Querystring: { done?: string } }>(
    '/organisations/:slug',
    async (request, reply) => {
      const result = await getOrganisationPage(deps, request.actor, request.params.slug);
      const workspace = await workspaceOf(deps, request.actor, request.lang, result.organisation);
      const cityShare = await cityShareSection(
        deps,
        request.actor,
        request.lang,
        result.organisation.id,
      );
      const done = request.query.done;
      return reply.html(
        <OrganisationPage
          page={pageOf(request, reply)}
          {...result}
          courses={workspace.courseList}
          events={workspace.eventList}
          workspace={workspace}
          cityShare={cityShare}
          noticeKey={
            typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined
          }
        />,
      );
    },
  );

  app.get<SlugParams>('/organisations/:slug/edit', async (request, reply) => {
    const org = await getOrganisationForEdit(deps, request.actor, request.params.slug);
    const page = pageOf(request, reply, { withForm: true });
    return reply.html(<OrganisationFormPage page={page} form={formStateOf(org)} editing={org} />);
  });

  app.post<SlugParams>('/organisations/:slug/edit', async (request, reply) => {
    const org = await getOrganisationForEdit(deps, request.actor, request.params.slug);
    const values = organisationFormValues(request.body);
    const parsed = organisationSchema.safeParse(values);
    if (!parsed.success) {
      const page = pageOf(request, reply, { withForm: true });
      const form = { values, errors: fieldErrors(parsed.error) };
      return reply.status(400).html(<OrganisationFormPage page={page} form={form} editing={org} />);
    }
    const { slug } = await updateOrganisation(deps, request.actor, org.slug, parsed.data);
    return reply.redirect(`/organisations/${slug}?done=updated`, 303);
  });
}
