import type { z } from 'zod';
import { isLanguage, type Language } from '../../web/i18n.ts';
import { AppError, isAppError } from '../../web/errors.ts';

// Small pieces the course routes share.

// One-time notices after a redirect: only these keys, never text from the address.
const NOTICES: Record<string, string> = {
  created: 'courses.notices.created',
  saved: 'courses.notices.saved',
  moduleAdded: 'courses.notices.moduleAdded',
  moduleDeleted: 'courses.notices.moduleDeleted',
  lessonAdded: 'courses.notices.lessonAdded',
  lessonDeleted: 'courses.notices.lessonDeleted',
  moved: 'courses.notices.moved',
  submitted: 'courses.notices.submitted',
  published: 'courses.notices.published',
  sentBack: 'courses.notices.sentBack',
};

export function noticeFor(done: unknown): string | undefined {
  return typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;
}

/**
 * The content language asked for with `?lang=`; without one, the reader's language if the content
 * has it, else the first language it has. An unknown code is a 400.
 */
export function contentLanguage(
  asked: unknown,
  written: string[],
  readerLanguage: Language,
): Language {
  if (asked !== undefined) {
    if (!isLanguage(asked)) throw new AppError('VALIDATION', 'courses.errors.languageUnknown');
    return asked;
  }
  if (written.includes(readerLanguage)) return readerLanguage;
  const first = written.find(isLanguage);
  return first ?? readerLanguage;
}

/** The field errors of a service's VALIDATION error, or undefined for any other error. */
export function validationFields(err: unknown): Record<string, string> | undefined {
  return isAppError(err) && err.code === 'VALIDATION' && Object.keys(err.fields).length > 0
    ? err.fields
    : undefined;
}

/** Parses a one-field form; bad input is a 400 naming the first problem. */
export function parseOrThrow<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? '';
  throw new AppError('VALIDATION', message.includes('.') ? message : 'errors.bad_request');
}
