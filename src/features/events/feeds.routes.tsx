import type { FastifyInstance, FastifyReply } from 'fastify';
import { pageOf } from '../../web/page.ts';
import { eventIcs, feedStatus, personalIcs, resetFeed, themeIcs } from './feeds.service.ts';
import { CalendarFeedPage } from './views/CalendarFeedPage.tsx';

type Slug = { Params: { slug: string } };

function sendIcs(reply: FastifyReply, body: string, fileName: string, cache: string) {
  return reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `inline; filename="${fileName}"`)
    .header('cache-control', cache)
    .send(body);
}

/** Calendars out (.ics per event, per theme, personal feed) and the page of one's feed address. */
export async function feedsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<Slug>('/events/:slug/event.ics', async (request, reply) =>
    sendIcs(
      reply,
      await eventIcs(deps, request.params.slug, request.lang),
      'event.ics',
      'no-cache',
    ),
  );

  app.get<Slug>('/themes/:slug/events.ics', async (request, reply) =>
    sendIcs(
      reply,
      await themeIcs(deps, request.params.slug, request.lang),
      'events.ics',
      'no-cache',
    ),
  );

  // The token is the only credential here: the response must not be kept by shared caches.
  app.get<{ Params: { token: string } }>('/calendar/feeds/:token.ics', async (request, reply) =>
    sendIcs(reply, await personalIcs(deps, request.params.token), 'lphm.ics', 'private, no-store'),
  );

  app.get('/account/calendar', async (request, reply) => {
    const { since } = await feedStatus(deps, request.actor);
    return reply
      .header('cache-control', 'no-store')
      .html(<CalendarFeedPage page={pageOf(request, reply, { withForm: true })} since={since} />);
  });

  // Only the hash is stored, so the new address is shown in this response (once), like an API
  // key; reloading would just make another one.
  app.post('/account/calendar', async (request, reply) => {
    const token = await resetFeed(deps, request.actor);
    const { since } = await feedStatus(deps, request.actor);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <CalendarFeedPage
          page={pageOf(request, reply, { withForm: true })}
          since={since}
          feedUrl={`${deps.config.BASE_URL}/calendar/feeds/${token}.ics`}
        />,
      );
  });
}
