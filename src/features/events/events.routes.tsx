import type { FastifyInstance } from 'fastify';
import type { CacheScope } from '../../db/cache-versions.queries.ts';
import { sendPage } from '../../web/page-cache.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { browseCalendar, calendarMonth } from './calendar.service.ts';
import { eventEditRoutes } from './event-edit.routes.tsx';
import { calendarFilterSchema } from './events.schema.ts';
import { getEventPage } from './events.service.ts';
import { registrationOf } from './registration-panel.service.ts';
import { CalendarMonthPage } from './views/CalendarMonthPage.tsx';
import { CalendarPage } from './views/CalendarPage.tsx';
import { EventPage } from './views/EventPage.tsx';

// The public calendar (list and month view), the event page, and (registered here) its editor.
// Anonymous visitors get the three pages from the page cache: triggers bump 'events' on every
// write to what they show (migration 20261128T0016); theme and organisation names have their own
// scopes. Signed-in officials always get a fresh page (their registration, the online link).

const EVENT_SCOPES: CacheScope[] = ['events', 'themes', 'organisations'];
/**
 * The list (upcoming or past) and an event's registration panel (open, closed, started) move with
 * the clock too: they are kept at most this long, so a deadline shows within ten seconds.
 */
const ON_THE_CLOCK = { maxAgeMs: 10_000 };

export async function eventsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;
  await app.register(eventEditRoutes);

  app.get('/events', async (request, reply) =>
    sendPage(
      request,
      reply,
      EVENT_SCOPES,
      async () => {
        const values = formValues(request.query, []);
        const page = pageOf(request, reply);
        const thisMonth = new Date().toISOString().slice(0, 7);
        const parsed = calendarFilterSchema.safeParse(request.query);
        if (!parsed.success) {
          // A bad filter gets a 400 that names it, rather than a silent guess.
          const empty = { entries: [], hasNext: false, themes: [], partners: [] };
          reply.status(400);
          return (
            <CalendarPage
              page={page}
              filters={{ values, errors: fieldErrors(parsed.error) }}
              result={empty}
              pageNumber={1}
              thisMonth={thisMonth}
            />
          );
        }
        const result = await browseCalendar(deps, request.lang, parsed.data);
        return (
          <CalendarPage
            page={page}
            filters={{ values, errors: {} }}
            result={result}
            pageNumber={parsed.data.page}
            thisMonth={thisMonth}
          />
        );
      },
      ON_THE_CLOCK,
    ),
  );

  app.get<{ Params: { month: string } }>('/events/month/:month', async (request, reply) =>
    sendPage(request, reply, EVENT_SCOPES, async () => {
      const month = await calendarMonth(deps, request.lang, request.params.month);
      return <CalendarMonthPage page={pageOf(request, reply)} month={month} />;
    }),
  );

  app.get<{ Params: { slug: string } }>('/events/:slug', async (request, reply) =>
    sendPage(
      request,
      reply,
      EVENT_SCOPES,
      async () => {
        const event = await getEventPage(deps, request.actor, request.lang, request.params.slug);
        const registration = await registrationOf(deps, request.actor, event.id);
        return (
          <EventPage page={pageOf(request, reply)} event={event} registration={registration} />
        );
      },
      ON_THE_CLOCK,
    ),
  );
}
