import type { FastifyInstance } from 'fastify';
import { cookieOptions } from '../../web/context.ts';
import { pageOf } from '../../web/page.ts';
import { safeNextPath } from '../../web/redirect.ts';
import { TIME_ZONE_COOKIE } from '../../web/time-zones.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { timeZoneChoiceSchema } from './time-zone.schema.ts';
import { TimeZonePage } from './views/TimeZonePage.tsx';

// The visitor's time zone, kept in a cookie like the language: pages have no JavaScript to learn
// it from the browser, so the reader names it once (officials may also save it in their profile).

export async function timeZoneRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<{ Querystring: { next?: string } }>('/time-zone', async (request, reply) => {
    const next = safeNextPath(request.query.next);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <TimeZonePage
          page={pageOf(request, reply, { withForm: true })}
          form={{ values: { zone: request.timeZone ?? '' }, errors: {} }}
          next={next}
        />,
      );
  });

  app.post<{ Body: Record<string, unknown> }>('/time-zone', async (request, reply) => {
    const next = safeNextPath(request.body?.next);
    const parsed = timeZoneChoiceSchema.safeParse(request.body);
    if (!parsed.success)
      return reply
        .status(400)
        .html(
          <TimeZonePage
            page={pageOf(request, reply, { withForm: true })}
            form={{ values: formValues(request.body), errors: fieldErrors(parsed.error) }}
            next={next}
          />,
        );
    const zone = parsed.data.zone;
    if (zone === null) reply.clearCookie(TIME_ZONE_COOKIE, { path: '/' });
    else reply.setCookie(TIME_ZONE_COOKIE, zone, cookieOptions(deps, 365 * 24 * 3600));
    return reply.redirect(next, 303);
  });
}
