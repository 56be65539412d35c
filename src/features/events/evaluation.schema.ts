import { z } from 'zod';
import { paragraphs } from '../../web/validation.ts';

// The evaluation form: three scores from 1 to 5 and two open answers.

const score = z
  .string({ error: 'evaluations.errors.score' })
  .regex(/^[1-5]$/, { message: 'evaluations.errors.score' })
  .transform(Number);

export const evaluationSchema = z.object({
  satisfaction: score,
  usefulness: score,
  relevance: score,
  willApply: paragraphs({ max: 4000, required: false }).default(''),
  comments: paragraphs({ max: 4000, required: false }).default(''),
});

export type EvaluationInput = z.output<typeof evaluationSchema>;

export const SCORE_FIELDS = ['satisfaction', 'usefulness', 'relevance'] as const;
