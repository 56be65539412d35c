import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../web/page.ts';
import { getChanges } from './changes.service.ts';
import { ResourceChangesPage } from './views/ResourceChangesPage.tsx';

// The record of a resource's changes (who, when, what, comment).

export async function changesRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;
  app.get<{ Params: { slug: string } }>('/library/:slug/changes', async (request, reply) => {
    const { resource, changes } = await getChanges(deps, request.actor, request.params.slug);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <ResourceChangesPage page={pageOf(request, reply)} resource={resource} changes={changes} />,
      );
  });
}
