import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isSecureBaseUrl } from '../config.ts';
import type { Deps } from '../deps.ts';
import type { Actor } from '../features/accounts/actor.ts';
import { resumeSession, sessionSettings } from '../features/accounts/sessions.service.ts';
import { AppError } from './errors.ts';
import type { PageCache } from './page-cache.ts';
import { chooseLanguage, RTL_LANGUAGES, translator, type Language, type T } from './i18n.ts';
import { chooseTimeZone, TIME_ZONE_COOKIE } from './time-zones.ts';
import { randomToken, safeEqual } from './tokens.ts';

export const SESSION_COOKIE = 'lphm_session';
export const LANGUAGE_COOKIE = 'lphm_lang';
const ANONYMOUS_CSRF_COOKIE = 'lphm_csrf';

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
    routeList: Array<{ method: string; url: string }>;
    pageCache: PageCache;
  }
  interface FastifyContextConfig {
    /** The handler reads a multipart form and checks its CSRF token itself (src/files/multipart.ts). */
    csrfInHandler?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: number | null;
    sessionCsrf: string | null;
    lang: Language;
    dir: 'ltr' | 'rtl';
    t: T;
    /** The zone the reader wants times in (cookie, else profile), or null when unknown. */
    timeZone: string | null;
    /** The signed-in official's unread notifications (up to 100), read with the session. */
    unreadNotifications: number;
  }
}

export function cookieOptions(deps: Deps, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: isSecureBaseUrl(deps.config),
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

/**
 * The CSRF token of the visitor: the session's synchronizer token when signed in, else a random
 * token kept in an HttpOnly cookie (set here the first time a form needs one).
 */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply): string {
  if (request.sessionCsrf) return request.sessionCsrf;
  const existing = request.cookies[ANONYMOUS_CSRF_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = randomToken();
  reply.setCookie(ANONYMOUS_CSRF_COOKIE, token, cookieOptions(request.server.deps));
  request.cookies[ANONYMOUS_CSRF_COOKIE] = token;
  return token;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function submittedCsrf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const body = request.body as Record<string, unknown> | undefined;
  return body && typeof body === 'object' && typeof body._csrf === 'string'
    ? body._csrf
    : undefined;
}

/** Loads the session and language of every request, and checks the CSRF token of every mutating one. */
export const requestContext = fp(async (app: FastifyInstance) => {
  const deps = app.deps;
  const settings = sessionSettings(deps.config);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('sessionCsrf', null);
  app.decorateRequest('lang', 'en');
  app.decorateRequest('dir', 'ltr');
  app.decorateRequest('t', null as unknown as T);
  app.decorateRequest('timeZone', null);
  app.decorateRequest('unreadNotifications', 0);

  app.addHook('onRequest', async (request, reply) => {
    request.lang = chooseLanguage({
      cookie: request.cookies[LANGUAGE_COOKIE],
      acceptLanguage: request.headers['accept-language'],
    });
    request.timeZone = chooseTimeZone({ cookie: request.cookies[TIME_ZONE_COOKIE] });
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resumeSession(deps.db, settings, token);
      if (session) {
        request.actor = session.actor;
        request.sessionId = session.sessionId;
        request.sessionCsrf = session.csrfToken;
        request.unreadNotifications = session.unreadNotifications;
        request.lang = chooseLanguage({
          cookie: request.cookies[LANGUAGE_COOKIE],
          profile: session.actor.preferredLanguage,
          acceptLanguage: request.headers['accept-language'],
        });
        request.timeZone = chooseTimeZone({
          cookie: request.cookies[TIME_ZONE_COOKIE],
          profile: session.timeZone,
        });
      } else {
        // A tampered, expired or revoked cookie: forget it and carry on as a visitor.
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
    }
    request.dir = RTL_LANGUAGES.has(request.lang) ? 'rtl' : 'ltr';
    request.t = translator(request.lang);
  });

  app.addHook('preHandler', async (request) => {
    if (!MUTATING.has(request.method)) return;
    // A multipart body is still unread here: such routes check the token from the form's first
    // field, before any file is read (readUploadForm); a header token is checked here as usual.
    if (
      request.routeOptions.config.csrfInHandler === true &&
      /^multipart\/form-data/i.test(request.headers['content-type'] ?? '') &&
      request.headers['x-csrf-token'] === undefined
    )
      return;
    checkCsrf(request, submittedCsrf(request));
  });
});

/** Throws CSRF (403) unless the submitted token is the visitor's. */
export function checkCsrf(request: FastifyRequest, submitted: string | undefined): void {
  const expected = request.sessionCsrf ?? request.cookies[ANONYMOUS_CSRF_COOKIE];
  if (!expected || !submitted || !safeEqual(expected, submitted)) throw new AppError('CSRF');
}
