import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { randomToken } from '../../web/tokens.ts';
import type { FieldErrors } from '../../web/views/forms.tsx';
import { changesRoutes } from './changes.routes.tsx';
import { resourceFilesRoutes } from './resource-files.routes.tsx';
import {
  getFormChoices,
  loadEditableResource,
  ownerOfNew,
  requireCreator,
  type EditableResource,
} from './resource-edit.service.ts';
import {
  parseResourceForm,
  resourceFormInput,
  type ResourceFormInput,
} from './resource-form.schema.ts';
import { createResourceFromForm, updateResourceFromForm } from './resource-form.service.ts';
import { reviewRoutes } from './review.routes.tsx';
import { ResourceFormPage } from './views/ResourceFormPage.tsx';

// The library's editor: the resource form (new, edit), and the sub-plugins for files, the
// publishing workflow and the record of changes.

type SlugParams = { Params: { slug: string } };

/** The form filled with a resource's current values. */
function inputOf(r: EditableResource): ResourceFormInput {
  const values: Record<string, string> = {
    kind: r.kind,
    authors: r.authors,
    year: r.year === null ? '' : String(r.year),
    licence: r.licence,
    link_url: r.linkUrl,
    key: '',
  };
  for (const tr of r.translations) {
    values[`title_${tr.language}`] = tr.title;
    values[`summary_${tr.language}`] = tr.summary;
  }
  const s = (a: number[]) => a.map(String);
  return {
    values,
    lists: {
      languages: r.languages,
      themes: s(r.themeIds),
      regions: r.regions,
      countries: r.countries,
      publishers: s(r.publisherIds),
      experts: s(r.expertIds),
    },
  };
}

/** The fields of a refused save: the form's own errors, or a service's VALIDATION error. */
function refusal(err: unknown): FieldErrors | undefined {
  if (!isAppError(err) || err.code !== 'VALIDATION') return undefined;
  return Object.keys(err.fields).length ? err.fields : { _form: err.messageKey };
}

export async function resourceEditRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;
  await app.register(resourceFilesRoutes);
  await app.register(reviewRoutes);
  await app.register(changesRoutes);

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    o: {
      input: ResourceFormInput;
      errors: FieldErrors;
      status: number;
      resource?: EditableResource;
    },
  ) {
    const actor = request.actor!;
    const ownerId = o.resource ? o.resource.organisationId : ownerOfNew(actor, []);
    const current = o.resource?.publisherIds ?? [];
    const choices = await getFormChoices(deps, request.lang, ownerId, current);
    const title = o.resource?.translations.find((t) => t.language === request.lang)?.title;
    return reply
      .status(o.status)
      .header('cache-control', 'no-store')
      .html(
        <ResourceFormPage
          page={pageOf(request, reply, { withForm: true })}
          slug={o.resource?.slug}
          resourceTitle={title ?? o.resource?.translations[0]?.title}
          choices={choices}
          input={o.input}
          errors={o.errors}
        />,
      );
  }

  app.get('/library/new', async (request, reply) => {
    const actor = requireCreator(request.actor);
    const owner = ownerOfNew(actor, []);
    const input = resourceFormInput({
      licence: 'cc-by-4.0',
      key: randomToken(),
      languages: [request.lang],
      publishers: owner === null ? [] : [String(owner)],
    });
    return render(request, reply, { input, errors: {}, status: 200 });
  });

  app.post('/library/new', async (request, reply) => {
    requireCreator(request.actor);
    const input = resourceFormInput(request.body);
    const parsed = parseResourceForm(input);
    if (!parsed.ok) return render(request, reply, { input, errors: parsed.errors, status: 400 });
    try {
      const slug = await createResourceFromForm(deps, request.actor, parsed.input);
      return reply.redirect(`/library/${slug}/files?done=created`, 303);
    } catch (err) {
      const errors = refusal(err);
      if (!errors) throw err;
      return render(request, reply, { input, errors, status: 400 });
    }
  });

  app.get<SlugParams>('/library/:slug/edit', async (request, reply) => {
    const { resource } = await loadEditableResource(deps, request.actor, request.params.slug);
    return render(request, reply, { input: inputOf(resource), errors: {}, status: 200, resource });
  });

  app.post<SlugParams>('/library/:slug/edit', async (request, reply) => {
    const { slug } = request.params;
    const { resource } = await loadEditableResource(deps, request.actor, slug);
    const input = resourceFormInput(request.body);
    const parsed = parseResourceForm(input);
    if (!parsed.ok)
      return render(request, reply, { input, errors: parsed.errors, status: 400, resource });
    try {
      await updateResourceFromForm(deps, request.actor, slug, parsed.input);
    } catch (err) {
      const errors = refusal(err);
      if (!errors) throw err;
      return render(request, reply, { input, errors, status: 400, resource });
    }
    return reply.redirect(`/library/${slug}/files?done=saved`, 303);
  });
}
