import type { FastifyReply, FastifyRequest } from 'fastify';
import { cookieOptions, SESSION_COOKIE } from '../../web/context.ts';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { AlreadySignedInPage } from './views/AlreadySignedInPage.tsx';

// Small pieces the accounts routes share.

export type Form = Record<string, unknown> | undefined;

/** The field errors of a service's VALIDATION error, or undefined for any other error. */
export function validationFields(err: unknown): Record<string, string> | undefined {
  return isAppError(err) && err.code === 'VALIDATION' && Object.keys(err.fields).length > 0
    ? err.fields
    : undefined;
}

/** The translation key of a one-time notice named by `?done=`, among the page's own. */
export function noticeFor(done: unknown, notices: Record<string, string>): string | undefined {
  return typeof done === 'string' && Object.hasOwn(notices, done) ? notices[done] : undefined;
}

export function clientOf(request: FastifyRequest): { ip: string; userAgent: string } {
  return { ip: request.ip, userAgent: String(request.headers['user-agent'] ?? '') };
}

/** Sets the cookie of a new session; it lives as long as the session's absolute time-out. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  const { deps } = request.server;
  reply.setCookie(
    SESSION_COOKIE,
    token,
    cookieOptions(deps, deps.config.SESSION_ABSOLUTE_HOURS * 3600),
  );
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request.server.deps));
}

/** Sends a signed-in official away from sign-in and sign-up, with a link for the redirect body. */
export function redirectSignedIn(request: FastifyRequest, reply: FastifyReply, next: string) {
  return reply
    .status(303)
    .header('location', next)
    .html(<AlreadySignedInPage page={pageOf(request, reply)} next={next} />);
}
