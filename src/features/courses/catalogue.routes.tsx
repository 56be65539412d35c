import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../web/page-cache.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { CATALOGUE_SCOPES } from './catalogue-cache.ts';
import { catalogueFilterSchema } from './catalogue-schema.ts';
import { browseCatalogue, getPublicCourse } from './catalogue.service.ts';
import { validationFields } from './route-helpers.ts';
import { CataloguePage } from './views/CataloguePage.tsx';
import { runNoticeFor } from './enrolment.routes.tsx';
import { listRunOffers } from './enrolment-options.service.ts';
import { CoursePage } from './views/CoursePage.tsx';

// The public catalogue and course pages, page-cached for anonymous visitors (catalogue-cache.ts
// says what moves them; seats taken included). Signed-in officials always get a fresh page.

export async function catalogueRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get('/courses', async (request, reply) =>
    sendPage(request, reply, CATALOGUE_SCOPES, async () => {
      const values = formValues(request.query, []);
      const page = pageOf(request, reply);
      const empty = { entries: [], hasNext: false, themes: [], partners: [] };
      const parsed = catalogueFilterSchema.safeParse(request.query);
      if (!parsed.success) {
        // Unknown filter values get a 400 that says which filter to fix, rather than a silent guess.
        const filters = { values, errors: fieldErrors(parsed.error) };
        reply.status(400);
        return <CataloguePage page={page} filters={filters} result={empty} pageNumber={1} />;
      }
      try {
        const result = await browseCatalogue(deps, request.lang, parsed.data);
        const filters = { values, errors: {} };
        return (
          <CataloguePage
            page={page}
            filters={filters}
            result={result}
            pageNumber={parsed.data.page}
          />
        );
      } catch (err) {
        const errors = validationFields(err);
        if (!errors) throw err;
        reply.status(400);
        return (
          <CataloguePage page={page} filters={{ values, errors }} result={empty} pageNumber={1} />
        );
      }
    }),
  );

  app.get<{ Params: { slug: string }; Querystring: { done?: string } }>(
    '/courses/:slug',
    async (request, reply) =>
      sendPage(request, reply, CATALOGUE_SCOPES, async () => {
        const course = await getPublicCourse(deps, request.lang, request.params.slug);
        const offers = await listRunOffers(deps, request.actor, course, request.lang);
        return (
          <CoursePage
            page={pageOf(request, reply)}
            course={course}
            offers={offers}
            noticeKey={runNoticeFor(request.query.done)}
          />
        );
      }),
  );
}
