import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../web/page-cache.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors } from '../../web/validation.ts';
import { isAppError } from '../../web/errors.ts';
import { FACETS } from './facets.service.ts';
import { MAX_QUERY_CHARS } from '../../search/text.ts';
import { searchSchema } from './search.schema.ts';
import { searchLibrary } from './search.service.ts';
import { LibraryPage, type SearchParams } from './views/LibraryPage.tsx';

// The library's search page. Anonymous visitors' pages without a query are page-cached under the
// 'library' scope (with 'organisations' and 'themes', whose names the facets show).

/** The query string as sent, as strings, to keep in the form and links. */
function paramsOf(query: unknown): SearchParams {
  const raw = (query ?? {}) as Record<string, unknown>;
  const list = (v: unknown) => [v ?? []].flat().filter((s): s is string => typeof s === 'string');
  // The query as searched: a longer one is cut (search-text.ts).
  const q = (list(raw.q)[0] ?? '').trim().slice(0, MAX_QUERY_CHARS);
  const params = { q } as SearchParams;
  for (const f of FACETS)
    params[f] = list(raw[f])
      .slice(0, 20)
      .map((s) => s.slice(0, 100));
  return params;
}

export async function libraryRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get('/library', async (request, reply) => {
    const params = paramsOf(request.query);
    const render = async () => {
      const page = pageOf(request, reply);
      const parsed = searchSchema.safeParse(request.query ?? {});
      if (!parsed.success) {
        // An unknown filter value is a 400 that names the filter to fix.
        reply.status(400);
        return (
          <LibraryPage
            page={page}
            params={params}
            errors={fieldErrors(parsed.error)}
            search={null}
          />
        );
      }
      try {
        const search = await searchLibrary(deps, request.actor, request.lang, parsed.data);
        return <LibraryPage page={page} params={params} errors={{}} search={search} />;
      } catch (err) {
        if (!isAppError(err) || err.code !== 'VALIDATION') throw err;
        reply.status(400);
        return <LibraryPage page={page} params={params} errors={err.fields} search={null} />;
      }
    };
    // Pages with a query are not kept: queries are countless and would push the site's other pages
    // out of the shared page cache, while browsing by facets makes a bounded set of pages.
    if (params.q.trim() !== '') return reply.type('text/html; charset=utf-8').send(await render());
    return sendPage(request, reply, ['library', 'organisations', 'themes'], render);
  });
}
