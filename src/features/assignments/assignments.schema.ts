import { z } from 'zod';
import { paragraphs } from '../../web/validation.ts';

// Input of the assignment forms. Messages are translation keys shown next to their field.

const MB = 1024 * 1024;

/** A positive id from a URL, or null (then the thing does not exist: 404). */
export function parseId(text: unknown): number | null {
  return typeof text === 'string' && /^[1-9]\d{0,9}$/.test(text) && Number(text) <= 2_147_483_647
    ? Number(text)
    : null;
}

const whole = (min: number, max: number, key: string) =>
  z
    .string({ error: 'common.errors.required' })
    .trim()
    .regex(/^\d{1,7}$/, { message: key })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: key });

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === '1');

// A date and time from <input type="datetime-local">, read as UTC (pages show instants in UTC).
const deadline = z
  .string()
  .optional()
  .transform((v) => (v ?? '').trim())
  .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v), {
    message: 'assignments.errors.deadlineInvalid',
  })
  .transform((v) => (v === '' ? null : new Date(`${v}Z`)))
  .refine((d) => d === null || !Number.isNaN(d.getTime()), {
    message: 'assignments.errors.deadlineInvalid',
  })
  .transform((d) => d?.toISOString() ?? null);

/** The settings form; the file limit is asked in whole megabytes up to the platform's limit. */
export function settingsSchema(platformLimitBytes: number) {
  const maxMb = Math.max(1, Math.floor(platformLimitBytes / MB));
  return z
    .object({
      accepts_text: checkbox,
      accepts_file: checkbox,
      deadline,
      max_score: whole(1, 1000, 'assignments.errors.maxScoreRange'),
      pass_mark: whole(0, 1000, 'assignments.errors.passMarkRange'),
      max_file_mb: whole(1, maxMb, 'assignments.errors.maxFileRange'),
    })
    .refine((s) => s.accepts_text || s.accepts_file, {
      message: 'assignments.errors.acceptNothing',
      path: ['accepts_text'],
    })
    .refine((s) => s.pass_mark <= s.max_score, {
      message: 'assignments.errors.passMarkRange',
      path: ['pass_mark'],
    })
    .transform((s) => ({
      acceptsText: s.accepts_text,
      acceptsFile: s.accepts_file,
      deadlineAt: s.deadline,
      maxScore: s.max_score,
      passMark: s.pass_mark,
      maxFileBytes: Math.min(s.max_file_mb * MB, platformLimitBytes),
    }));
}

export const submissionSchema = z.object({
  text: paragraphs({ max: 20_000, required: false }).optional().default(''),
});
export type SubmissionInput = z.output<typeof submissionSchema>;

/** The grade form: a whole score from 0 to the assignment's maximum, and feedback. */
export function gradeSchema(maxScore: number) {
  return z.object({
    score: whole(0, maxScore, 'assignments.errors.scoreRange'),
    feedback: paragraphs({ max: 5_000, required: false }).optional().default(''),
  });
}
export type GradeInput = z.output<ReturnType<typeof gradeSchema>>;
