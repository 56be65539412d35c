import { z } from 'zod';
import { line } from '../../web/validation.ts';

// The question form of the organisers' registration-questions page: a prompt and "required".

export const MAX_QUESTIONS = 20;

export const questionSchema = z.object({
  prompt: line({ max: 300 }).refine((s) => s.length >= 3, {
    message: 'registration-questions.errors.promptTooShort',
  }),
  // An unticked checkbox sends nothing.
  is_required: z
    .string()
    .optional()
    .transform((v) => v === '1'),
});
export type QuestionInput = z.output<typeof questionSchema>;

export const moveSchema = z.object({
  direction: z.enum(['up', 'down'], { error: 'registration-questions.errors.cannotMove' }),
});
