import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../features/accounts/actor.ts';
import { csrfTokenFor } from './context.ts';
import type { Language, T } from './i18n.ts';

/** Everything a view needs to know about the request it renders for. */
export interface Page {
  t: T;
  lang: Language;
  dir: 'ltr' | 'rtl';
  actor: Actor | null;
  /** The CSRF token for forms; undefined on pages that have none (keeps them cacheable). */
  csrf: string;
  path: string;
  requestId: string;
  formatDate(iso: string | Date, style?: 'long' | 'medium' | 'short'): string;
  formatDateTime(iso: string | Date): string;
  formatNumber(n: number): string;
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as F;
}

export function formattersFor(lang: Language) {
  return {
    formatDate(iso: string | Date, style: 'long' | 'medium' | 'short' = 'long') {
      const d = typeof iso === 'string' ? new Date(iso) : iso;
      // Calendar dates (YYYY-MM-DD) are shown as written, without a time-zone shift.
      return cached(
        `d:${lang}:${style}`,
        () => new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' }),
      ).format(d);
    },
    /** An instant, shown in UTC with the zone named (the server does not know the reader's zone). */
    formatDateTime(iso: string | Date) {
      const d = typeof iso === 'string' ? new Date(iso) : iso;
      return cached(
        `dt:${lang}`,
        () =>
          new Intl.DateTimeFormat(lang, {
            year: 'numeric',
            month: 'short',
            day: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            timeZone: 'UTC',
            timeZoneName: 'short',
          }),
      ).format(d);
    },
    formatNumber(n: number) {
      return cached(`n:${lang}`, () => new Intl.NumberFormat(lang)).format(n);
    },
  };
}

/** Builds the page context of a request; `withForm` issues a CSRF token for visitors. */
export function pageOf(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { withForm?: boolean } = {},
): Page {
  const needsToken = options.withForm === true || request.actor !== null;
  return {
    t: request.t,
    lang: request.lang,
    dir: request.dir,
    actor: request.actor,
    csrf: needsToken ? csrfTokenFor(request, reply) : '',
    path: request.url,
    requestId: request.id,
    ...formattersFor(request.lang),
  };
}
