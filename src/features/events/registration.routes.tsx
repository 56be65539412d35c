import type { FastifyInstance } from 'fastify';
import { AppError, isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { formValues } from '../../web/validation.ts';
import { decide, listRegistrations } from './registration-manage.service.ts';
import { eventTitleFor, registrationOf } from './registration-panel.service.ts';
import { cancel, loadPublicEvent, register } from './registration.service.ts';
import { RegistrationListPage } from './views/RegistrationListPage.tsx';
import { RegistrationPage } from './views/RegistrationPage.tsx';

// An official's own registration at an event: register (or wait, or ask) and cancel. Each answers
// with a redirect to the event page, whose panel shows where the official now stands.

type EventParams = { Params: { slug: string } };

const backToEvent = (slug: string) => `/events/${slug}#registration`;

// One-time notices on the organisers' list: only these keys, never text from the address.
const NOTICES: Record<string, string> = {
  accepted: 'registrations.manage.notices.accepted',
  acceptedWaitlisted: 'registrations.manage.notices.acceptedWaitlisted',
  declined: 'registrations.manage.notices.declined',
};

export async function registrationRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.post<EventParams>('/events/:slug/register', async (request, reply) => {
    const values = formValues(request.body);
    try {
      const result = await register(deps, request.actor, request.params.slug, {
        waitlistIfFull: values.waitlist_if_full === '1',
        answers: values,
      });
      return reply.redirect(backToEvent(result.event.slug), 303);
    } catch (err) {
      if (!isAppError(err) || err.code !== 'VALIDATION') throw err;
      // A required answer missing or too long: the form again, the answers kept.
      const event = await loadPublicEvent(deps, request.params.slug);
      const state = await registrationOf(deps, request.actor, event.id);
      if (!state) throw new AppError('NOT_FOUND', 'registrations.errors.notFound');
      const title = await eventTitleFor(deps, event.id, request.lang);
      return reply
        .status(400)
        .html(
          <RegistrationPage
            page={pageOf(request, reply, { withForm: true })}
            title={title}
            state={state}
            form={{ values, errors: err.fields }}
          />,
        );
    }
  });

  app.post<EventParams>('/events/:slug/cancel', async (request, reply) => {
    const result = await cancel(deps, request.actor, request.params.slug);
    return reply.redirect(backToEvent(result.event.slug), 303);
  });

  app.get<{ Params: { id: string }; Querystring: { done?: string } }>(
    '/authoring/events/:id/registrations',
    async (request, reply) => {
      const data = await listRegistrations(deps, request.actor, request.params.id, request.lang);
      const done = request.query.done;
      const notice =
        typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;
      return reply.html(
        <RegistrationListPage page={pageOf(request, reply)} data={data} notice={notice} />,
      );
    },
  );

  app.post<{ Params: { id: string; registration: string } }>(
    '/authoring/events/:id/registrations/:registration',
    async (request, reply) => {
      const { decision } = formValues(request.body);
      if (decision !== 'accept' && decision !== 'decline')
        throw new AppError('VALIDATION', 'common.errors.invalid');
      const { id, registration } = request.params;
      const outcome = await decide(deps, request.actor, id, registration, decision);
      return reply.redirect(`/authoring/events/${id}/registrations?done=${outcome}`, 303);
    },
  );
}
