import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, toAppError } from './errors.ts';
import { RTL_LANGUAGES, translator } from './i18n.ts';
import { pageOf } from './page.ts';
import { ErrorPage } from './views/ErrorPage.tsx';

function wantsJson(request: FastifyRequest): boolean {
  const accept = String(request.headers.accept ?? '');
  return (
    request.url.startsWith('/api/') ||
    (accept.includes('application/json') && !accept.includes('text/html'))
  );
}

async function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  messageKey: string,
  values: Record<string, string | number> = {},
) {
  // The request may have failed before its language was known.
  if (!request.t) {
    request.t = translator(request.lang);
    request.dir = RTL_LANGUAGES.has(request.lang) ? 'rtl' : 'ltr';
  }
  reply.status(status).header('cache-control', 'no-store');
  if (wantsJson(request)) {
    return reply.send({
      error: { status, message: request.t(messageKey, values), requestId: request.id },
    });
  }
  return reply
    .type('text/html; charset=utf-8')
    .html(
      <ErrorPage
        page={pageOf(request, reply)}
        status={status}
        messageKey={messageKey}
        values={values}
      />,
    );
}

/** Maps every error to a status and a translated page in one place; never shows internals. */
export const errorHandling = fp(async (app: FastifyInstance) => {
  app.setErrorHandler(async (err, request, reply) => {
    const appError = toAppError(err);
    if (!appError) {
      request.log.error({ err }, 'unhandled error');
      return sendError(request, reply, 500, 'errors.internal');
    }
    if (appError.code === 'UNAUTHENTICATED' && request.method === 'GET' && !wantsJson(request)) {
      // A visitor who must sign in first is sent there, and brought back afterwards.
      return reply.redirect(`/sign-in?next=${encodeURIComponent(request.url)}`, 303);
    }
    return sendError(request, reply, appError.status, appError.messageKey, appError.values);
  });
  app.setNotFoundHandler(async (request, reply) => {
    const e = new AppError('NOT_FOUND');
    return sendError(request, reply, e.status, e.messageKey);
  });
});
