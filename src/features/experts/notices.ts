// One-time notices after a redirect: only keys a page lists, never text from the address.

/** The translation key `done` names in `notices`, or undefined for anything else. */
export const noticeOf = (notices: Record<string, string>, done: unknown): string | undefined =>
  typeof done === 'string' && Object.hasOwn(notices, done) ? notices[done] : undefined;
