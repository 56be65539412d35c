import type { FastifyInstance } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { forgotPasswordSchema, resetPasswordSchema } from './accounts.schema.ts';
import { requestPasswordReset, resetLinkIsValid, resetPassword } from './password-reset.service.ts';
import { clientOf, noticeFor, validationFields, type Form } from './route-helpers.tsx';
import { ForgotPasswordPage } from './views/ForgotPasswordPage.tsx';
import { ResetLinkInvalidPage, ResetPasswordPage } from './views/ResetPasswordPage.tsx';

const FORGOT_NOTICES = { sent: 'accounts.notices.resetSent' };
const NO_PASSWORDS = ['_csrf', 'password', 'confirmation'];

/** "Forgot your password" and the reset link it e-mails. */
export async function passwordResetRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<{ Querystring: { done?: string } }>('/forgot-password', async (request, reply) =>
    reply.html(
      <ForgotPasswordPage
        page={pageOf(request, reply, { withForm: true })}
        form={{ values: {}, errors: {} }}
        notice={noticeFor(request.query.done, FORGOT_NOTICES)}
      />,
    ),
  );

  app.post<{ Body: Form }>('/forgot-password', async (request, reply) => {
    const form = { values: formValues(request.body), errors: {} };
    const parsed = forgotPasswordSchema.safeParse(request.body);
    const page = () => pageOf(request, reply, { withForm: true });
    if (!parsed.success)
      return reply
        .status(400)
        .html(
          <ForgotPasswordPage
            page={page()}
            form={{ ...form, errors: fieldErrors(parsed.error) }}
          />,
        );
    try {
      await requestPasswordReset(deps, { email: parsed.data.email, ip: clientOf(request).ip });
    } catch (err) {
      if (!isAppError(err) || err.code !== 'RATE_LIMITED') throw err;
      reply.header('retry-after', String(err.values.retryAfter ?? 60));
      return reply
        .status(429)
        .html(<ForgotPasswordPage page={page()} form={form} alert={err.messageKey} />);
    }
    // The same answer whether or not the address has an account.
    return reply.redirect('/forgot-password?done=sent', 303);
  });

  app.get<{ Params: { token: string } }>('/reset-password/:token', async (request, reply) => {
    const page = pageOf(request, reply, { withForm: true });
    // The token is in the address: keep the page out of every cache.
    reply.header('cache-control', 'no-store');
    if (!(await resetLinkIsValid(deps, request.params.token)))
      return reply.status(404).html(<ResetLinkInvalidPage page={page} />);
    return reply.html(
      <ResetPasswordPage
        page={page}
        form={{ values: {}, errors: {} }}
        token={request.params.token}
      />,
    );
  });

  app.post<{ Params: { token: string }; Body: Form }>(
    '/reset-password/:token',
    async (request, reply) => {
      const { token } = request.params;
      const page = () => pageOf(request, reply, { withForm: true });
      const show = (errors: Record<string, string>) =>
        reply
          .status(400)
          .html(
            <ResetPasswordPage
              page={page()}
              form={{ values: formValues(request.body, NO_PASSWORDS), errors }}
              token={token}
            />,
          );
      const parsed = resetPasswordSchema.safeParse(request.body);
      try {
        if (!(await resetLinkIsValid(deps, token)))
          return reply.status(404).html(<ResetLinkInvalidPage page={page()} />);
        if (!parsed.success) return show(fieldErrors(parsed.error));
        await resetPassword(deps, { token, ...parsed.data });
      } catch (err) {
        const fields = validationFields(err);
        if (fields) return show(fields);
        if (isAppError(err) && err.code === 'NOT_FOUND')
          return reply.status(404).html(<ResetLinkInvalidPage page={page()} />);
        throw err;
      }
      return reply.redirect('/sign-in?done=passwordReset', 303);
    },
  );
}
