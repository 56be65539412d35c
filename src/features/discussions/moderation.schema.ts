import { z } from 'zod';
import { idOf, line, paragraphs } from '../../web/validation.ts';
import { SUBJECT_KINDS } from './subjects.ts';

// Input of moderation: a report, a moderator's reason, a suspension, the pages' query strings.

export const REPORT_REASONS = ['spam', 'abuse', 'off_topic', 'personal_data', 'other'] as const;

export const NOTE_MAX = 1000;
export const REASON_MAX = 500;

export const reportSchema = z.object({
  reason: z.enum(REPORT_REASONS, { error: 'moderation.errors.reasonRequired' }),
  note: paragraphs({ max: NOTE_MAX, required: false }).default(''),
});
export type ReportInput = z.output<typeof reportSchema>;

/** Hiding or rejecting a post: an optional reason, kept in the log. */
export const actionSchema = z.object({
  reason: line({ max: REASON_MAX, required: false }).default(''),
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDay = (s: string) =>
  DAY.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const suspensionSchema = z.object({
  scope: z.enum(['subject', 'everywhere'], { error: 'common.errors.chooseFromList' }),
  reason: line({ max: REASON_MAX }),
  endsOn: z
    .string()
    .default('')
    .transform((s) => s.trim())
    .refine((s) => s === '' || isCalendarDay(s), { message: 'moderation.errors.dateInvalid' })
    .refine((s) => s === '' || s >= new Date().toISOString().slice(0, 10), {
      message: 'moderation.errors.datePast',
    }),
});
export type SuspensionInput = z.output<typeof suspensionSchema>;

const id = z
  .string()
  .refine((s) => idOf(s) !== undefined)
  .transform(Number);

/** The suspension form's query: whom, and (for a subject's moderator) in which subject. */
export const suspensionTargetSchema = z.object({
  user: id,
  kind: z.enum(SUBJECT_KINDS).optional(),
  subject: id.optional(),
});
export type SuspensionTarget = z.output<typeof suspensionTargetSchema>;

/** A page number from ?page= (1 when absent or not a number). */
export function pageNumber(text: unknown): number {
  const n = idOf(text);
  return n === undefined ? 1 : Math.min(n, 10_000);
}
