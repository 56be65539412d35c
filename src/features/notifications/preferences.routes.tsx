import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { requireActor } from '../accounts/actor.ts';
import { noticeFor, type Form } from '../accounts/route-helpers.tsx';
import { choicesSchema, tokenParam } from './notifications.schema.ts';
import {
  checkUnsubscribe,
  getEmailChoices,
  saveEmailChoices,
  unsubscribe,
} from './preferences.service.ts';
import { EmailChoicesPage } from './views/EmailChoicesPage.tsx';
import { UnsubscribePage } from './views/UnsubscribePage.tsx';

// E-mail choices (signed in) and the unsubscribe link of e-mails (no sign-in needed).

const NOTICES = { saved: 'notifications.notices.saved' };

export async function preferencesRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<{ Querystring: { done?: string } }>('/account/notifications', async (request, reply) => {
    const choices = await getEmailChoices(deps, request.actor);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <EmailChoicesPage
          page={pageOf(request, reply, { withForm: true })}
          form={{ values: choices, errors: {} }}
          notice={noticeFor(request.query.done, NOTICES)}
        />,
      );
  });

  app.post<{ Body: Form }>('/account/notifications', async (request, reply) => {
    requireActor(request.actor);
    const parsed = choicesSchema.safeParse(request.body ?? {});
    if (!parsed.success)
      return reply
        .status(400)
        .html(
          <EmailChoicesPage
            page={pageOf(request, reply, { withForm: true })}
            form={{ values: formValues(request.body), errors: fieldErrors(parsed.error) }}
          />,
        );
    await saveEmailChoices(deps, request.actor, parsed.data);
    return reply.redirect('/account/notifications?done=saved', 303);
  });

  // A refused link gets its own translated page (400), not the generic error page.
  async function refusedOr(
    request: FastifyRequest,
    reply: FastifyReply,
    run: () => Promise<unknown>,
  ) {
    try {
      return await run();
    } catch (err) {
      if (!isAppError(err) || err.code !== 'VALIDATION') throw err;
      return reply
        .status(400)
        .header('cache-control', 'no-store')
        .html(
          <UnsubscribePage
            page={pageOf(request, reply)}
            state={{ step: 'refused', messageKey: err.messageKey }}
          />,
        );
    }
  }

  app.get<{ Querystring: { token?: string; done?: string } }>(
    '/notifications/unsubscribe',
    async (request, reply) =>
      refusedOr(request, reply, async () => {
        const token = tokenParam(request.query.token);
        const target = await checkUnsubscribe(deps, token);
        const step = !target.isOff ? 'ask' : request.query.done === 'off' ? 'done' : 'alreadyOff';
        return reply
          .header('cache-control', 'no-store')
          .header('referrer-policy', 'no-referrer')
          .html(
            <UnsubscribePage
              page={pageOf(request, reply, { withForm: true })}
              state={{ step, kind: target.kind, token }}
            />,
          );
      }),
  );

  // The token comes with the form, or in the address (a mail client's one-click POST).
  app.post<{ Body: Form; Querystring: { token?: string } }>(
    '/notifications/unsubscribe',
    async (request, reply) =>
      refusedOr(request, reply, async () => {
        const token = tokenParam(request.body?.token ?? request.query.token);
        await unsubscribe(deps, token);
        return reply.redirect(
          `/notifications/unsubscribe?token=${encodeURIComponent(token)}&done=off`,
          303,
        );
      }),
  );
}
