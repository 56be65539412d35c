import type { FastifyInstance } from 'fastify';
import { listThemes } from '../curriculum/curriculum.service.ts';
import { latestNews } from '../news/news.service.ts';
import { cookieOptions, LANGUAGE_COOKIE } from '../../web/context.ts';
import { isLanguage } from '../../web/i18n.ts';
import { sendPage } from '../../web/page-cache.ts';
import { pageOf } from '../../web/page.ts';
import { safeNextPath } from '../../web/redirect.ts';
import { checkHealth } from './site.service.ts';
import { timeZoneRoutes } from './time-zone.routes.tsx';
import { AboutPage } from './views/AboutPage.tsx';
import { HomePage } from './views/HomePage.tsx';

// The home page shows this many of the latest news posts.
const HOME_NEWS = 3;

export async function siteRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;
  await app.register(timeZoneRoutes);

  app.get('/', async (request, reply) =>
    sendPage(request, reply, ['themes', 'news'], async () => (
      <HomePage
        page={pageOf(request, reply)}
        themes={await listThemes(deps, request.lang)}
        news={await latestNews(deps, request.lang, HOME_NEWS)}
      />
    )),
  );

  app.get('/about', async (request, reply) =>
    reply.html(<AboutPage page={pageOf(request, reply)} />),
  );

  // Links, not a form, so that switching works for visitors without a session or JavaScript.
  app.get<{ Params: { lang: string }; Querystring: { next?: string } }>(
    '/language/:lang',
    async (request, reply) => {
      const lang = isLanguage(request.params.lang) ? request.params.lang : 'en';
      reply.setCookie(LANGUAGE_COOKIE, lang, cookieOptions(deps, 365 * 24 * 3600));
      return reply.redirect(safeNextPath(request.query.next), 303);
    },
  );

  app.get('/healthz', async (_request, reply) => {
    const health = await checkHealth(deps);
    return reply
      .status(health.ok ? 200 : 503)
      .header('cache-control', 'no-store')
      .send(health);
  });
}
