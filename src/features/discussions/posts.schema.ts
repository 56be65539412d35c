import { z } from 'zod';
import { idOf, line } from '../../web/validation.ts';
import { MAX_POST_CHARS } from './views/PostForm.tsx';

// Input of the post forms (new thread, reply, edit). Messages are translation keys.

// Control characters other than newlines and tabs have no place in a message (PostgreSQL refuses
// NUL in text); they are dropped rather than refused.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A post's Markdown: required, at most 20,000 characters (checked before any other work). */
export const postBody = z
  .string({ error: 'posts.errors.bodyRequired' })
  .refine((s) => s.length <= MAX_POST_CHARS * 2, {
    message: 'posts.errors.bodyTooLong',
    abort: true,
  })
  .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '').trim())
  .refine((s) => s.length > 0, { message: 'posts.errors.bodyRequired' })
  .refine((s) => s.length <= MAX_POST_CHARS, { message: 'posts.errors.bodyTooLong' });

/** The form's one-time key (a UUID made with the form); anything else is ignored. */
const requestKey = z
  .string()
  .optional()
  .transform((s) => (s && /^[A-Za-z0-9-]{16,64}$/.test(s) ? s : null));

const threadTitle = z
  .string({ error: 'posts.errors.titleTooShort' })
  .transform((s) => s.normalize('NFC').trim())
  .refine((s) => s.length >= 3, { message: 'posts.errors.titleTooShort', abort: true })
  .refine((s) => s.length <= 200, { message: 'posts.errors.titleTooLong', abort: true })
  .pipe(line({ max: 200 }));

export const newThreadSchema = z.object({ title: threadTitle, body: postBody, requestKey });

export const replySchema = z.object({
  body: postBody,
  quote: z
    .string()
    .optional()
    .transform((s) => (s ? (idOf(s) ?? -1) : null)),
  requestKey,
});

export const editSchema = z.object({ body: postBody });

export type NewThreadInput = z.output<typeof newThreadSchema>;
export type ReplyInput = z.output<typeof replySchema>;
