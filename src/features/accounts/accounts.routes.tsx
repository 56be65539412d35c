import type { FastifyInstance } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { safeNextPath } from '../../web/redirect.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { listOrganisationChoices } from '../organisations/organisations.service.ts';
import { accountRoutes } from './account.routes.tsx';
import { signInSchema, signUpSchema } from './accounts.schema.ts';
import { passwordResetRoutes } from './password-reset.routes.tsx';
import {
  clearSessionCookie,
  clientOf,
  noticeFor,
  redirectSignedIn,
  setSessionCookie,
  validationFields,
  type Form,
} from './route-helpers.tsx';
import { signIn, signOut } from './sign-in.service.ts';
import { signUp } from './sign-up.service.ts';
import { SignInPage } from './views/SignInPage.tsx';
import { SignUpPage } from './views/SignUpPage.tsx';

const SIGN_IN_NOTICES = { passwordReset: 'accounts.notices.passwordReset' };

type NextQuery = { Querystring: { next?: string; done?: string } };

/** Sign-up, sign-in and sign-out; the account pages and password reset register their own. */
export async function accountsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<NextQuery>('/sign-up', async (request, reply) => {
    const next = safeNextPath(request.query.next);
    if (request.actor) return redirectSignedIn(request, reply, next);
    return reply.html(
      <SignUpPage
        page={pageOf(request, reply, { withForm: true })}
        form={{ values: { language: request.lang }, errors: {} }}
        organisations={await listOrganisationChoices(deps)}
        next={next}
      />,
    );
  });

  app.post<{ Body: Form }>('/sign-up', async (request, reply) => {
    const next = safeNextPath(request.body?.next);
    if (request.actor) return redirectSignedIn(request, reply, next);
    const values = formValues(request.body, ['_csrf', 'password']);
    const showErrors = async (errors: Record<string, string>) =>
      reply
        .status(400)
        .html(
          <SignUpPage
            page={pageOf(request, reply, { withForm: true })}
            form={{ values, errors }}
            organisations={await listOrganisationChoices(deps)}
            next={next}
          />,
        );
    const parsed = signUpSchema.safeParse(request.body);
    if (!parsed.success) return showErrors(fieldErrors(parsed.error));
    try {
      const { sessionToken } = await signUp(deps, { ...parsed.data, ...clientOf(request) });
      setSessionCookie(request, reply, sessionToken);
    } catch (err) {
      const fields = validationFields(err);
      if (fields) return showErrors(fields);
      throw err;
    }
    return reply.redirect(next, 303);
  });

  app.get<NextQuery>('/sign-in', async (request, reply) => {
    const next = safeNextPath(request.query.next);
    if (request.actor) return redirectSignedIn(request, reply, next);
    return reply.html(
      <SignInPage
        page={pageOf(request, reply, { withForm: true })}
        form={{ values: {}, errors: {} }}
        next={next}
        notice={noticeFor(request.query.done, SIGN_IN_NOTICES)}
      />,
    );
  });

  app.post<{ Body: Form }>('/sign-in', async (request, reply) => {
    const next = safeNextPath(request.body?.next);
    const values = formValues(request.body, ['_csrf', 'password']);
    const show = (status: number, errors: Record<string, string>, alert?: string) =>
      reply
        .status(status)
        .html(
          <SignInPage
            page={pageOf(request, reply, { withForm: true })}
            form={{ values, errors }}
            next={next}
            alert={alert}
          />,
        );
    const parsed = signInSchema.safeParse(request.body);
    if (!parsed.success) return show(400, fieldErrors(parsed.error));
    try {
      const { sessionToken } = await signIn(deps, {
        ...parsed.data,
        ...clientOf(request),
        previousSessionId: request.sessionId,
      });
      setSessionCookie(request, reply, sessionToken);
    } catch (err) {
      if (isAppError(err) && err.code === 'RATE_LIMITED') {
        reply.header('retry-after', String(err.values.retryAfter ?? 60));
        return show(429, {}, err.messageKey);
      }
      if (isAppError(err) && err.code === 'VALIDATION') return show(400, {}, err.messageKey);
      throw err;
    }
    return reply.redirect(next, 303);
  });

  app.post('/sign-out', async (request, reply) => {
    await signOut(deps, request.sessionId);
    clearSessionCookie(request, reply);
    return reply.redirect('/', 303);
  });

  await app.register(passwordResetRoutes);
  await app.register(accountRoutes);
}
