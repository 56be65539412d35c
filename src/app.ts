import { randomUUID } from 'node:crypto';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import { fastifyKitaHtml } from '@kitajs/fastify-html-plugin';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Deps } from './deps.ts';
import { accountsRoutes } from './features/accounts/accounts.routes.tsx';
import { adminRoutes } from './features/admin/admin.routes.tsx';
import { assignmentsRoutes } from './features/assignments/assignments.routes.tsx';
import { certificatesRoutes } from './features/certificates/certificates.routes.tsx';
import { coursesRoutes } from './features/courses/courses.routes.tsx';
import { curriculumRoutes } from './features/curriculum/curriculum.routes.tsx';
import { eventsRoutes } from './features/events/events.routes.tsx';
import { exchangesRoutes } from './features/cityshare/exchanges.routes.tsx';
import { attendanceRoutes } from './features/events/attendance.routes.tsx';
import { eventDocumentsRoutes } from './features/events/event-documents.routes.tsx';
import { registrationQuestionsRoutes } from './features/events/registration-questions.routes.tsx';
import { evaluationRoutes } from './features/events/evaluation.routes.tsx';
import { feedsRoutes } from './features/events/feeds.routes.tsx';
import { citiesRoutes } from './features/cityshare/cities.routes.tsx';
import { organisationsRoutes } from './features/organisations/organisations.routes.tsx';
import { practicesRoutes } from './features/cityshare/practices.routes.tsx';
import { quizzesRoutes } from './features/quizzes/quizzes.routes.tsx';
import { reportsRoutes } from './features/reports/reports.routes.tsx';
import { registrationRoutes } from './features/events/registration.routes.tsx';
import { siteRoutes } from './features/site/site.routes.tsx';
import { checkInsRoutes } from './features/twinning/check-ins.routes.tsx';
import { supportRoutes } from './features/twinning/support.routes.tsx';
import { dashboardRoutes } from './features/twinning/dashboard.routes.tsx';
import { twinningsRoutes } from './features/twinning/twinnings.routes.tsx';
import { suggestionsRoutes } from './features/cityshare/suggestions.routes.tsx';
import { pairingsRoutes } from './features/cityshare/pairings.routes.tsx';
import { libraryRoutes } from './features/library/library.routes.tsx';
import { resourceRoutes } from './features/library/resource.routes.tsx';
import { resourceEditRoutes } from './features/library/resource-edit.routes.tsx';
import { expertsRoutes } from './features/experts/experts.routes.tsx';
import { newsRoutes } from './features/news/news.routes.tsx';
import { discussionsRoutes } from './features/discussions/discussions.routes.tsx';
import { threadsRoutes } from './features/discussions/threads.routes.tsx';
import { postsRoutes } from './features/discussions/posts.routes.tsx';
import { moderationRoutes } from './features/discussions/moderation.routes.tsx';
import { notificationsRoutes } from './features/notifications/notifications.routes.tsx';
import { assetRoutes } from './web/assets.ts';
import { requestContext } from './web/context.ts';
import { countWritesOfRequest, PageCache } from './web/page-cache.ts';
import { errorHandling } from './web/error-handling.tsx';
import { securityHeaders } from './web/security-headers.ts';

/** Builds the Fastify app: plugins first, then each feature's routes. Nothing listens yet. */
export async function buildApp(deps: Deps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log,
    genReqId: () => randomUUID(),
    bodyLimit: deps.config.BODY_LIMIT_BYTES,
    trustProxy: deps.config.TRUST_PROXY,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorate('deps', deps);
  app.decorate('pageCache', new PageCache());
  app.addHook('onSend', async (request) => countWritesOfRequest(request));
  // Every route, as registered: the route × role test checks that each one is in its table.
  const routeList: Array<{ method: string; url: string }> = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routeList.push({ method, url: route.url });
  });

  await app.register(securityHeaders);
  await app.register(fastifyCompress, { threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: deps.config.BODY_LIMIT_BYTES });
  // Multipart forms are read by their handlers through src/files (one file, a few small fields),
  // which also reports a file over the limit.
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.UPLOAD_LIMIT_BYTES, files: 1, fields: 10, fieldSize: 200_000 },
    throwFileSizeLimit: false,
  });
  await app.register(fastifyKitaHtml, { autoDoctype: false });
  await app.register(requestContext);
  await app.register(errorHandling);

  await app.register(assetRoutes);
  await app.register(siteRoutes);
  await app.register(accountsRoutes);
  await app.register(adminRoutes);
  await app.register(organisationsRoutes);
  await app.register(citiesRoutes);
  await app.register(curriculumRoutes);
  await app.register(coursesRoutes);
  await app.register(assignmentsRoutes);
  await app.register(quizzesRoutes);
  await app.register(certificatesRoutes);
  await app.register(reportsRoutes);
  await app.register(eventsRoutes);
  await app.register(registrationRoutes);
  await app.register(feedsRoutes);
  await app.register(evaluationRoutes);
  await app.register(attendanceRoutes);
  await app.register(eventDocumentsRoutes);
  await app.register(registrationQuestionsRoutes);
  await app.register(checkInsRoutes);
  await app.register(supportRoutes);
  await app.register(dashboardRoutes);
  await app.register(exchangesRoutes);
  await app.register(twinningsRoutes);
  await app.register(suggestionsRoutes);
  await app.register(pairingsRoutes);
  await app.register(practicesRoutes);
  await app.register(libraryRoutes);
  await app.register(resourceEditRoutes);
  await app.register(resourceRoutes);
  await app.register(expertsRoutes);
  await app.register(newsRoutes);
  await app.register(discussionsRoutes);
  await app.register(threadsRoutes);
  await app.register(postsRoutes);
  await app.register(moderationRoutes);
  await app.register(notificationsRoutes);
  return app;
}
