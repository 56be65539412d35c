import type { FastifyInstance } from 'fastify';
import { cookieOptions, LANGUAGE_COOKIE } from '../../web/context.ts';
import { AppError, isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { TIME_ZONE_COOKIE } from '../../web/time-zones.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { listOrganisationChoices } from '../organisations/organisations.service.ts';
import { changePassword, getProfile, saveProfile } from './account.service.ts';
import { requireActor } from './actor.ts';
import { accountProfileSchema, changePasswordSchema, idParam } from './accounts.schema.ts';
import { clearSessionCookie, noticeFor, validationFields, type Form } from './route-helpers.tsx';
import { listOwnSessions, revokeOwnSession } from './sessions.service.ts';
import type { ProfileRow } from './users.queries.ts';
import { AccountPage } from './views/AccountPage.tsx';
import { ChangePasswordPage } from './views/ChangePasswordPage.tsx';
import { SessionsPage } from './views/SessionsPage.tsx';

const ACCOUNT_NOTICES = { saved: 'accounts.notices.profileSaved' };
const PASSWORD_NOTICES = { changed: 'accounts.notices.passwordChanged' };
const SESSIONS_NOTICES = { ended: 'accounts.notices.sessionEnded' };
const NO_PASSWORDS = ['_csrf', 'currentPassword', 'password', 'confirmation'];

type DoneQuery = { Querystring: { done?: string } };

function profileValues(p: ProfileRow): Record<string, string> {
  return {
    name: p.name,
    language: p.preferredLanguage,
    organisation: p.organisationId === null ? '' : String(p.organisationId),
    position: p.position,
    country: p.country ?? '',
    gender: p.gender ?? '',
    timeZone: p.timeZone ?? '',
  };
}

/** The official's own account: profile, password and sessions. */
export async function accountRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<DoneQuery>('/account', async (request, reply) => {
    const profile = await getProfile(deps, request.actor);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <AccountPage
          page={pageOf(request, reply)}
          form={{ values: profileValues(profile), errors: {} }}
          email={profile.email}
          organisations={await listOrganisationChoices(deps)}
          notice={noticeFor(request.query.done, ACCOUNT_NOTICES)}
        />,
      );
  });

  app.post<{ Body: Form }>('/account', async (request, reply) => {
    const profile = await getProfile(deps, request.actor);
    const show = async (errors: Record<string, string>) =>
      reply
        .status(400)
        .html(
          <AccountPage
            page={pageOf(request, reply)}
            form={{ values: formValues(request.body), errors }}
            email={profile.email}
            organisations={await listOrganisationChoices(deps)}
          />,
        );
    const parsed = accountProfileSchema.safeParse(request.body);
    if (!parsed.success) return show(fieldErrors(parsed.error));
    try {
      await saveProfile(deps, request.actor, parsed.data);
    } catch (err) {
      const fields = validationFields(err);
      if (fields) return show(fields);
      throw err;
    }
    // The interface follows the newly preferred language at once.
    reply.setCookie(LANGUAGE_COOKIE, parsed.data.language, cookieOptions(deps, 365 * 24 * 3600));
    // So does the time zone: a zone chosen earlier in this browser would otherwise outrank it.
    if (parsed.data.timeZone === null) reply.clearCookie(TIME_ZONE_COOKIE, { path: '/' });
    else
      reply.setCookie(TIME_ZONE_COOKIE, parsed.data.timeZone, cookieOptions(deps, 365 * 24 * 3600));
    return reply.redirect('/account?done=saved', 303);
  });

  app.get<DoneQuery>('/account/password', async (request, reply) => {
    requireActor(request.actor);
    return reply.html(
      <ChangePasswordPage
        page={pageOf(request, reply)}
        form={{ values: {}, errors: {} }}
        notice={noticeFor(request.query.done, PASSWORD_NOTICES)}
      />,
    );
  });

  app.post<{ Body: Form }>('/account/password', async (request, reply) => {
    requireActor(request.actor);
    const show = (status: number, errors: Record<string, string>, alert?: string) =>
      reply
        .status(status)
        .html(
          <ChangePasswordPage
            page={pageOf(request, reply)}
            form={{ values: formValues(request.body, NO_PASSWORDS), errors }}
            alert={alert}
          />,
        );
    const parsed = changePasswordSchema.safeParse(request.body);
    if (!parsed.success) return show(400, fieldErrors(parsed.error));
    try {
      await changePassword(deps, request.actor, {
        ...parsed.data,
        currentSessionId: request.sessionId ?? 0,
      });
    } catch (err) {
      const fields = validationFields(err);
      if (fields) return show(400, fields);
      if (isAppError(err) && err.code === 'RATE_LIMITED') {
        reply.header('retry-after', String(err.values.retryAfter ?? 60));
        return show(429, {}, err.messageKey);
      }
      throw err;
    }
    return reply.redirect('/account/password?done=changed', 303);
  });

  app.get<DoneQuery>('/account/sessions', async (request, reply) => {
    const sessions = await listOwnSessions(deps, request.actor, request.sessionId);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <SessionsPage
          page={pageOf(request, reply)}
          sessions={sessions}
          notice={noticeFor(request.query.done, SESSIONS_NOTICES)}
        />,
      );
  });

  app.post<{ Params: { id: string } }>('/account/sessions/:id/revoke', async (request, reply) => {
    requireActor(request.actor);
    const id = idParam(request.params.id);
    if (id === undefined) throw new AppError('NOT_FOUND');
    await revokeOwnSession(deps, request.actor, id);
    if (id !== request.sessionId) return reply.redirect('/account/sessions?done=ended', 303);
    clearSessionCookie(request, reply);
    return reply.redirect('/', 303);
  });
}
