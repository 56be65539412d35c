import type { FastifyInstance } from 'fastify';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { pageOf } from '../../web/page.ts';
import {
  listMyResources,
  listReviewQueue,
  publishResource,
  requireReviewer,
  sendBackResource,
  submitResource,
  unpublishResource,
} from './review.service.ts';
import { renderFilesPage } from './resource-files.page.tsx';
import { sendBackSchema } from './review.schema.ts';
import { ResourceMyResourcesPage } from './views/ResourceMyResourcesPage.tsx';
import { ResourceReviewPage } from './views/ResourceReviewPage.tsx';

// The publishing workflow's buttons (POST, then back to the resource's editor page) and the two
// lists: the coordinators' review queue and a partner editor's resources.

type SlugParams = { Params: { slug: string } };
type DoneQuery = { Querystring: { done?: string } };

export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;
  const back = (slug: string, done: string) => `/library/${slug}/files?done=${done}`;

  app.post<SlugParams>('/library/:slug/submit', async (request, reply) => {
    await submitResource(deps, request.actor, request.params.slug);
    return reply.redirect(back(request.params.slug, 'submitted'), 303);
  });

  app.post<SlugParams>('/library/:slug/publish', async (request, reply) => {
    await publishResource(deps, request.actor, request.params.slug);
    return reply.redirect(back(request.params.slug, 'published'), 303);
  });

  app.post<SlugParams>('/library/:slug/send-back', async (request, reply) => {
    // Access before input: an outsider learns nothing from a refused comment.
    await requireReviewer(deps, request.actor, request.params.slug);
    const parsed = sendBackSchema.safeParse(request.body ?? {});
    if (!parsed.success)
      return renderFilesPage(request, reply, {
        slug: request.params.slug,
        form: { values: formValues(request.body), errors: fieldErrors(parsed.error) },
        status: 400,
      });
    await sendBackResource(deps, request.actor, request.params.slug, parsed.data.comment);
    return reply.redirect(back(request.params.slug, 'sent_back'), 303);
  });

  app.post<SlugParams>('/library/:slug/unpublish', async (request, reply) => {
    await unpublishResource(deps, request.actor, request.params.slug);
    return reply.redirect(back(request.params.slug, 'unpublished'), 303);
  });

  app.get('/review/resources', async (request, reply) => {
    const rows = await listReviewQueue(deps, request.actor);
    return reply
      .header('cache-control', 'no-store')
      .html(<ResourceReviewPage page={pageOf(request, reply)} rows={rows} />);
  });

  app.get<DoneQuery>('/authoring/resources', async (request, reply) => {
    const rows = await listMyResources(deps, request.actor);
    return reply
      .header('cache-control', 'no-store')
      .html(<ResourceMyResourcesPage page={pageOf(request, reply)} rows={rows} />);
  });
}
