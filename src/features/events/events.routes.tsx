import type { FastifyInstance } from 'fastify';
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

export async function eventsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;
  await app.register(eventEditRoutes);

  app.get('/events', async (request, reply) => {
    const values = formValues(request.query, []);
    const page = pageOf(request, reply);
    const thisMonth = new Date().toISOString().slice(0, 7);
    const parsed = calendarFilterSchema.safeParse(request.query);
    if (!parsed.success) {
      // A bad filter gets a 400 that names it, rather than a silent guess.
      const empty = { entries: [], hasNext: false, themes: [], partners: [] };
      reply.status(400);
      return reply.html(
        <CalendarPage
          page={page}
          filters={{ values, errors: fieldErrors(parsed.error) }}
          result={empty}
          pageNumber={1}
          thisMonth={thisMonth}
        />,
      );
    }
    const result = await browseCalendar(deps, request.lang, parsed.data);
    return reply.html(
      <CalendarPage
        page={page}
        filters={{ values, errors: {} }}
        result={result}
        pageNumber={parsed.data.page}
        thisMonth={thisMonth}
      />,
    );
  });

  app.get<{ Params: { month: string } }>('/events/month/:month', async (request, reply) => {
    const month = await calendarMonth(deps, request.lang, request.params.month);
    return reply.html(<CalendarMonthPage page={pageOf(request, reply)} month={month} />);
  });

  app.get<{ Params: { slug: string } }>('/events/:slug', async (request, reply) => {
    const event = await getEventPage(deps, request.actor, request.lang, request.params.slug);
    const registration = await registrationOf(deps, request.actor, event.id);
    return reply.html(
      <EventPage page={pageOf(request, reply)} event={event} registration={registration} />,
    );
  });
}
