import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import type { Language } from '../../web/i18n.ts';
import { sendPage } from '../../web/page-cache.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { listThemes } from '../curriculum/curriculum.service.ts';
import { suggestionFilterSchema, toFilters } from './suggestion.schema.ts';
import { getCityShareHome, getCitySuggestions } from './suggestions.service.ts';
import { CityShareAboutPage } from './views/CityShareAboutPage.tsx';
import { CitySharePage } from './views/CitySharePage.tsx';
import { SuggestionsPage } from './views/SuggestionsPage.tsx';

// CityShare's landing page, how suggestions work, and a city's suggested partners.

async function themeNames(deps: Deps, lang: Language): Promise<Record<string, string>> {
  return Object.fromEntries((await listThemes(deps, lang)).map((th) => [th.slug, th.name]));
}

export async function suggestionsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get('/cityshare', async (request, reply) =>
    sendPage(request, reply, 'themes', async () => (
      <CitySharePage
        page={pageOf(request, reply)}
        home={await getCityShareHome(deps, request.actor)}
      />
    )),
  );

  app.get('/cityshare/about-suggestions', async (request, reply) =>
    sendPage(request, reply, 'themes', async () => (
      <CityShareAboutPage
        page={pageOf(request, reply)}
        themeNames={await themeNames(deps, request.lang)}
      />
    )),
  );

  app.get<{ Params: { slug: string } }>('/cities/:slug/suggestions', async (request, reply) => {
    const values = formValues(request.query, []);
    const parsed = suggestionFilterSchema.safeParse(request.query);
    // Access is checked first (without filters), so a bad filter tells nothing to outsiders.
    const data = await getCitySuggestions(
      deps,
      request.actor,
      request.params.slug,
      parsed.success ? toFilters(parsed.data) : {},
    );
    const errors = parsed.success ? {} : fieldErrors(parsed.error);
    const page = pageOf(request, reply);
    return reply
      .status(parsed.success ? 200 : 400)
      .html(
        <SuggestionsPage
          page={page}
          data={parsed.success ? data : { ...data, suggestions: [] }}
          filters={{ values, errors }}
          themeNames={await themeNames(deps, request.lang)}
        />,
      );
  });
}
