/** A local path to go to after sign-in or a language switch; anything pointing elsewhere becomes "/". */
export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || next.length > 2000) return fallback;
  // Only same-site paths: "//host", "/\host" and schemes would leave the site.
  if (
    !next.startsWith('/') ||
    next.startsWith('//') ||
    next.startsWith('/\\') ||
    hasControlCharacter(next)
  )
    return fallback;
  return next;
}

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20) return true;
  return false;
}
