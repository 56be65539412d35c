import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendAttachment } from '../../files/index.ts';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues, idOf } from '../../web/validation.ts';
import { emptyForm, type FormState } from '../../web/views/forms.tsx';
import { downloadResourceFile } from './resource-download.service.ts';
import { getResourcePage } from './resource-page.service.ts';
import { addResourceUses, removeResourceUse, requireUsesEditor } from './resource-uses.service.ts';
import { useSchema } from './resource-uses.schema.ts';
import { ResourcePage } from './views/ResourcePage.tsx';

// A resource's page, its downloads and where it is used. Not page-cached: the page shows live
// download counts, which no cache scope follows.

type SlugParams = { Params: { slug: string }; Querystring: { done?: string } };

const NOTICES: Record<string, string> = {
  added: 'resources.notices.added',
  already: 'resources.notices.already',
  removed: 'resources.notices.removed',
};

export async function resourceRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  async function render(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ) {
    const data = await getResourcePage(deps, request.actor, request.lang, request.params.slug);
    const done = request.query.done;
    return reply
      .status(status)
      .header('cache-control', 'no-store')
      .html(
        <ResourcePage
          page={pageOf(request, reply)}
          data={data}
          form={form}
          noticeKey={done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined}
        />,
      );
  }

  app.get<SlugParams>('/library/:slug', async (request, reply) =>
    render(request, reply, emptyForm),
  );

  app.get<{ Params: { slug: string; fileId: string } }>(
    '/library/:slug/files/:fileId',
    async (request, reply) => {
      const { name, file } = await downloadResourceFile(
        deps,
        request.actor,
        request.params.slug,
        idOf(request.params.fileId),
        { count: request.method === 'GET' }, // a HEAD request downloads nothing
      );
      return sendAttachment(reply, { name, mediaType: file.mediaType, bytes: file.bytes });
    },
  );

  app.post<SlugParams>('/library/:slug/uses', async (request, reply) => {
    const { slug } = request.params;
    // Access first: only the resource's editors learn what was wrong with the form.
    await requireUsesEditor(deps, request.actor, slug);
    const parsed = useSchema.safeParse(request.body ?? {});
    const form = (errors: Record<string, string>) => ({ values: formValues(request.body), errors });
    if (!parsed.success) return render(request, reply, form(fieldErrors(parsed.error)), 400);
    try {
      const { added } = await addResourceUses(deps, request.actor, slug, parsed.data);
      return reply.redirect(`/library/${slug}?done=${added > 0 ? 'added' : 'already'}`, 303);
    } catch (err) {
      if (!isAppError(err) || err.code !== 'VALIDATION') throw err;
      return render(request, reply, form(err.fields), 400);
    }
  });

  app.post<{ Params: { slug: string; useId: string } }>(
    '/library/:slug/uses/:useId/delete',
    async (request, reply) => {
      const { slug } = request.params;
      await removeResourceUse(deps, request.actor, slug, idOf(request.params.useId));
      return reply.redirect(`/library/${slug}?done=removed`, 303);
    },
  );
}
