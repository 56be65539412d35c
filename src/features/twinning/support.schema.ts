import { z } from 'zod';
import { line, paragraphs } from '../../web/validation.ts';
import { SUPPORT_KINDS } from './support.queries.ts';

// The forms of support requests: asking, answering, and the asking city's reply.

const id = (message: string) =>
  z
    .string({ error: message })
    .regex(/^[1-9]\d{0,8}$/, { message })
    .transform(Number);

export const askSupportSchema = z.object({
  city: id('follow-up.errors.cityRequired'),
  kind: z.enum(SUPPORT_KINDS, { error: 'follow-up.errors.kindRequired' }),
  title: line({ max: 200 }),
  details: paragraphs({ max: 8000 }),
});
export type AskSupportInput = z.output<typeof askSupportSchema>;

export const answerSupportSchema = z
  .object({
    answer: paragraphs({ max: 8000, required: false }).default(''),
    status: z
      .enum(['', 'in_progress', 'answered'], { error: 'common.errors.chooseFromList' })
      .default('')
      .transform((s) => (s === '' ? null : s)),
  })
  .refine((a) => a.answer !== '' || a.status !== null, {
    message: 'follow-up.errors.messageRequired',
    path: ['answer'],
  });
export type AnswerSupportInput = z.output<typeof answerSupportSchema>;

export const citySupportSchema = z
  .object({
    message: paragraphs({ max: 8000, required: false }).default(''),
    action: z.enum(['reply', 'close', 'reopen'], { error: 'common.errors.chooseFromList' }),
  })
  .refine((a) => a.message !== '' || a.action !== 'reply', {
    message: 'follow-up.errors.messageRequired',
    path: ['message'],
  });
export type CitySupportInput = z.output<typeof citySupportSchema>;
