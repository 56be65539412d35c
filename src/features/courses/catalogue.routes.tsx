import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { catalogueFilterSchema } from './catalogue-schema.ts';
import { browseCatalogue, getPublicCourse } from './catalogue.service.ts';
import { validationFields } from './route-helpers.ts';
import { CataloguePage } from './views/CataloguePage.tsx';
import { CoursePage } from './views/CoursePage.tsx';

// The public catalogue and course pages. Not page-cached: publishing would have to bump a cache
// scope from the review queries, which belong to authoring.

export async function catalogueRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get('/courses', async (request, reply) => {
    const values = formValues(request.query, []);
    const page = pageOf(request, reply);
    const empty = { entries: [], hasNext: false, themes: [], partners: [] };
    const parsed = catalogueFilterSchema.safeParse(request.query);
    if (!parsed.success) {
      // Unknown filter values get a 400 that says which filter to fix, rather than a silent guess.
      const filters = { values, errors: fieldErrors(parsed.error) };
      return reply
        .status(400)
        .html(<CataloguePage page={page} filters={filters} result={empty} pageNumber={1} />);
    }
    try {
      const result = await browseCatalogue(deps, request.lang, parsed.data);
      const filters = { values, errors: {} };
      return reply.html(
        <CataloguePage
          page={page}
          filters={filters}
          result={result}
          pageNumber={parsed.data.page}
        />,
      );
    } catch (err) {
      const errors = validationFields(err);
      if (!errors) throw err;
      return reply
        .status(400)
        .html(
          <CataloguePage page={page} filters={{ values, errors }} result={empty} pageNumber={1} />,
        );
    }
  });

  app.get<{ Params: { slug: string } }>('/courses/:slug', async (request, reply) => {
    const course = await getPublicCourse(deps, request.lang, request.params.slug);
    return reply.html(<CoursePage page={pageOf(request, reply)} course={course} />);
  });
}
