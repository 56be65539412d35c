import { z } from 'zod';
import { paragraphs } from '../../web/validation.ts';
import { THEME_SLUGS, type ThemeSlug } from './complementarity.ts';

// The self-assessment form: per theme a strength and a need level (radio groups 0–4) and evidence
// notes; the city's priorities; whether to keep it private to facilitators. Field names are
// strength_<theme slug>, need_<theme slug> and evidence_<theme slug>.

export const LEVELS = [0, 1, 2, 3, 4] as const;
export const EVIDENCE_MAX = 2000;
export const PRIORITIES_MAX = 4000;

const level = (key: string) =>
  z
    .string({ error: `cities.assessment.errors.${key}Missing` })
    .refine((v) => /^[0-4]$/.test(v), { message: `cities.assessment.errors.${key}Range` })
    .transform(Number);

const shape: Record<string, z.ZodType> = {
  priorities: paragraphs({ max: PRIORITIES_MAX, required: false }),
  is_private: z.string().optional(),
  based_on: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || /^\d{1,9}$/.test(v), {
      message: 'common.errors.invalid',
    }),
};
for (const slug of THEME_SLUGS) {
  shape[`strength_${slug}`] = level('strength');
  shape[`need_${slug}`] = level('need');
  shape[`evidence_${slug}`] = paragraphs({ max: EVIDENCE_MAX, required: false });
}

export interface AssessmentInput {
  levels: Record<ThemeSlug, { strength: number; need: number; evidence: string }>;
  priorities: string;
  isPrivate: boolean;
  /** The current assessment the form showed (null: none), to notice a save that came first. */
  basedOn: number | null;
}

export const assessmentSchema = z.object(shape).transform((v): AssessmentInput => {
  const levels = {} as AssessmentInput['levels'];
  for (const slug of THEME_SLUGS)
    levels[slug] = {
      strength: v[`strength_${slug}`] as number,
      need: v[`need_${slug}`] as number,
      evidence: v[`evidence_${slug}`] as string,
    };
  const basedOn = v.based_on as string | undefined;
  return {
    levels,
    priorities: v.priorities as string,
    isPrivate: v.is_private === '1',
    basedOn: basedOn ? Number(basedOn) : null,
  };
});

/** The form's text fields with defaults, so that missing ones read as empty text. */
export function assessmentFormValues(values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { priorities: '', ...values };
  for (const slug of THEME_SLUGS) out[`evidence_${slug}`] ??= '';
  return out;
}
