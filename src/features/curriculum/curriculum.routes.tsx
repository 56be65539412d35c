import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../web/page-cache.ts';
import { pageOf } from '../../web/page.ts';
import { coursesFor } from '../courses/catalogue.service.ts';
import { getCurriculum, getTheme, listCurricula, listThemes } from './curriculum.service.ts';
import { CurriculumPage } from './views/CurriculumPage.tsx';
import { ThemePage } from './views/ThemePage.tsx';
import { ThemesPage } from './views/ThemesPage.tsx';
import { upcomingEventsFor } from '../events/calendar.service.ts';
import { eventsValidating } from '../events/events.service.ts';
import { listPublishedPractices } from '../cityshare/practice.service.ts';
import { publishedResourcesFor } from '../library/resources-for.service.ts';

type SlugParams = { Params: { slug: string } };

export async function curriculumRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get('/themes', async (request, reply) =>
    sendPage(request, reply, 'themes', async () => {
      const [themes, curricula] = await Promise.all([
        listThemes(deps, request.lang),
        listCurricula(deps),
      ]);
      return <ThemesPage page={pageOf(request, reply)} themes={themes} curricula={curricula} />;
    }),
  );

  app.get<SlugParams>('/themes/:slug', async (request, reply) => {
    const result = await getTheme(deps, request.lang, request.params.slug);
    const courses = await coursesFor(deps, request.lang, { themeSlug: result.theme.slug });
    const events = await upcomingEventsFor(deps, request.lang, { themeSlug: result.theme.slug });
    const practices = await listPublishedPractices(deps, {
      themeId: result.theme.id,
      limit: 3,
      offset: 0,
      readerLanguage: request.lang,
    });
    const resources = await publishedResourcesFor(deps, request.lang, {
      themeId: result.theme.id,
      limit: 5,
    });
    return reply.html(
      <ThemePage
        page={pageOf(request, reply)}
        {...result}
        courses={courses}
        events={events}
        practices={practices}
        resources={resources}
      />,
    );
  });

  app.get<SlugParams>('/curricula/:slug', async (request, reply) => {
    const result = await getCurriculum(deps, request.lang, request.params.slug);
    const meetings = await eventsValidating(deps, request.lang, result.curriculum.id);
    return reply.html(
      <CurriculumPage page={pageOf(request, reply)} {...result} meetings={meetings} />,
    );
  });
}
