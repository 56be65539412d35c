import { z } from 'zod';

// zod building blocks for form input. Messages are translation keys, shown next to the field.

// Bidirectional overrides and isolates can make a name display as something else; zero-width
// characters make two names look alike. Neither has a place in names and titles.
const DECEPTIVE = /[\u202A-\u202E\u2066-\u2069\u200B\u200E\u200F\u2060\uFEFF]/;

function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return true;
  }
  return false;
}

/** One line of visible text: trimmed, NFC-normalised, without control or invisible characters. */
export function line(options: { max: number; required?: boolean }) {
  const base = z
    .string({ error: 'common.errors.required' })
    .transform((s) => s.normalize('NFC').trim())
    .refine((s) => s.length <= options.max, { message: 'common.errors.tooLong' })
    .refine((s) => !hasControl(s), { message: 'common.errors.invalidCharacters' })
    .refine((s) => !DECEPTIVE.test(s), { message: 'common.errors.invisibleCharacters' });
  return options.required === false
    ? base
    : base.refine((s) => s.length > 0, { message: 'common.errors.required' });
}

/** Several lines of text (descriptions): like `line` but newlines and tabs are allowed. */
export function paragraphs(options: { max: number; required?: boolean }) {
  const base = z
    .string({ error: 'common.errors.required' })
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .refine((s) => s.length <= options.max, { message: 'common.errors.tooLong' })
    .refine((s) => !hasControl(s.replace(/[\n\t]/g, ' ')), {
      message: 'common.errors.invalidCharacters',
    })
    .refine((s) => !DECEPTIVE.test(s), { message: 'common.errors.invisibleCharacters' });
  return options.required === false
    ? base
    : base.refine((s) => s.length > 0, { message: 'common.errors.required' });
}

/** An e-mail address, lower-cased. */
export const email = z
  .string({ error: 'common.errors.required' })
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z.email({ error: 'common.errors.emailInvalid' }).max(254, { error: 'common.errors.tooLong' }),
  );

/** Turns a zod error into field → translation key, keeping the first problem of each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    if (!(field in out))
      out[field] = issue.message.includes('.') ? issue.message : 'common.errors.invalid';
  }
  return out;
}

/** The submitted form as strings, for re-rendering it with the user's input kept. */
export function formValues(body: unknown, omit: string[] = ['_csrf']): Record<string, string> {
  const out: Record<string, string> = {};
  if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body))
      if (!omit.includes(k) && typeof v === 'string') out[k] = v.slice(0, 20_000);
  }
  return out;
}

/** A positive id (at most 2,147,483,647) from a URL or a form; anything else names nothing. */
export function idOf(text: unknown): number | undefined {
  return typeof text === 'string' && /^[1-9]\d{0,9}$/.test(text) && Number(text) <= 2_147_483_647
    ? Number(text)
    : undefined;
}
