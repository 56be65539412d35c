import { safeNextPath } from '../../web/redirect.ts';

// Pure rules of notifications.

export const LIST_FALLBACK = '/notifications';

/** Where a stored link may lead: a path on this site only ("/…", never "//…"), else the list. */
export function safeLink(link: string): string {
  return safeNextPath(link, LIST_FALLBACK);
}
