import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { returnSchema } from './experts.schema.ts';
import { listPendingProfiles, reviewExpert } from './review.service.ts';
import { noticeOf } from './notices.ts';
import { ExpertReviewPage } from './views/ExpertReviewPage.tsx';

// Coordinators' review of expert profiles: the queue, approve, return with a comment.

type SlugParams = { Params: { slug: string } };

const NOTICES: Record<string, string> = {
  approved: 'experts.notices.approved',
  returned: 'experts.notices.returned',
};

export async function reviewRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<{ Querystring: { done?: string } }>('/review/experts', async (request, reply) => {
    const pending = await listPendingProfiles(deps, request.actor);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <ExpertReviewPage
          page={pageOf(request, reply)}
          pending={pending}
          noticeKey={noticeOf(NOTICES, request.query.done)}
        />,
      );
  });

  app.post<SlugParams>('/review/experts/:slug/approve', async (request, reply) => {
    await reviewExpert(deps, request.actor, request.params.slug, 'approved');
    return reply.redirect('/review/experts?done=approved', 303);
  });

  app.post<SlugParams>('/review/experts/:slug/return', async (request, reply) => {
    const parsed = returnSchema.safeParse(formValues(request.body));
    if (!parsed.success) {
      // Checks access and the profile first, so a stranger gets 403/404 rather than a form.
      const pending = await listPendingProfiles(deps, request.actor);
      const form = { values: formValues(request.body), errors: fieldErrors(parsed.error) };
      return reply
        .status(400)
        .html(
          <ExpertReviewPage
            page={pageOf(request, reply)}
            pending={pending}
            failed={{ slug: request.params.slug, form }}
          />,
        );
    }
    await reviewExpert(deps, request.actor, request.params.slug, 'returned', parsed.data.comment);
    return reply.redirect('/review/experts?done=returned', 303);
  });
}
