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
  /** The zone the reader wants times in (src/web/time-zones.ts), or null when unknown. */
  timeZone: string | null;
  /** The signed-in official's unread notifications, up to 100 (the header shows "99+"). */
  unreadNotifications: number;
  formatDate(iso: string | Date, style?: 'long' | 'medium' | 'short'): string;
  formatDateTime(iso: string | Date): string;
  /** An instant in a given IANA zone, with the zone's short name. */
  formatDateTimeIn(iso: string | Date, timeZone: string): string;
  /** An instant in the reader's zone with UTC beside it, or in UTC alone when their zone is unknown. */
  formatDateTimeForReader(iso: string | Date): string;
  formatNumber(n: number): string;
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as F;
}

export function formattersFor(lang: Language) {
  const formatDateTimeIn = (iso: string | Date, timeZone: string) =>
    cached(
      `dt:${lang}:${timeZone}`,
      () =>
        new Intl.DateTimeFormat(lang, {
          year: 'numeric',
          month: 'short',
          day: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          timeZone,
          timeZoneName: 'short',
        }),
    ).format(typeof iso === 'string' ? new Date(iso) : iso);
  return {
    formatDate(iso: string | Date, style: 'long' | 'medium' | 'short' = 'long') {
      const d = typeof iso === 'string' ? new Date(iso) : iso;
      // Calendar dates (YYYY-MM-DD) are shown as written, without a time-zone shift.
      return cached(
        `d:${lang}:${style}`,
        () => new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' }),
      ).format(d);
    },
    /** An instant, shown in UTC with the zone named (for pages that do not follow the reader's zone). */
    formatDateTime(iso: string | Date) {
      return formatDateTimeIn(iso, 'UTC');
    },
    formatDateTimeIn,
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
  const formatters = formattersFor(request.lang);
  const { t, timeZone } = request;
  return {
    t,
    lang: request.lang,
    dir: request.dir,
    actor: request.actor,
    csrf: needsToken ? csrfTokenFor(request, reply) : '',
    path: request.url,
    requestId: request.id,
    timeZone,
    unreadNotifications: request.unreadNotifications,
    ...formatters,
    formatDateTimeForReader(iso: string | Date) {
      const utc = formatters.formatDateTime(iso);
      if (timeZone === null || timeZone === 'UTC') return utc;
      return t('time-zones.withUtc', { local: formatters.formatDateTimeIn(iso, timeZone), utc });
    },
  };
}
