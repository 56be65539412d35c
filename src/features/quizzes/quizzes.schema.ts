import { z } from 'zod';
import { LANGUAGES } from '../../web/i18n.ts';
import { line, paragraphs } from '../../web/validation.ts';
import { QUESTION_KINDS } from './quizzes.grading.ts';

// Input of the quiz forms. Messages are translation keys.

const CHOOSE = 'common.errors.chooseFromList';

function choice<T extends string>(list: readonly T[]) {
  return z
    .string({ error: CHOOSE })
    .refine((v): v is T => (list as readonly string[]).includes(v), {
      message: CHOOSE,
    }) as unknown as z.ZodType<T, string>;
}

/** A whole number in a range, from a form field; blank means null when `blank` is allowed. */
function whole(min: number, max: number, message: string) {
  return z
    .string({ error: message })
    .trim()
    .refine((v) => /^\d{1,4}$/.test(v) && Number(v) >= min && Number(v) <= max, { message })
    .transform(Number);
}
function wholeOrBlank(min: number, max: number, message: string) {
  return z
    .string({ error: message })
    .trim()
    .refine((v) => v === '' || (/^\d{1,4}$/.test(v) && Number(v) >= min && Number(v) <= max), {
      message,
    })
    .transform((v) => (v === '' ? null : Number(v)));
}

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === '1');

const language = choice(LANGUAGES);

export const settingsSchema = z.object({
  pass_mark: whole(0, 100, 'quizzes.errors.passMarkInvalid'),
  max_attempts: wholeOrBlank(1, 100, 'quizzes.errors.maxAttemptsInvalid'),
  time_limit_minutes: wholeOrBlank(1, 600, 'quizzes.errors.timeLimitInvalid'),
  shuffle: checkbox,
});
export type SettingsInput = z.output<typeof settingsSchema>;

const questionText = {
  language,
  prompt: paragraphs({ max: 2000 }),
  points: whole(1, 100, 'quizzes.errors.pointsInvalid'),
};

export const newQuestionSchema = z.object({ ...questionText, kind: choice(QUESTION_KINDS) });
export type NewQuestionInput = z.output<typeof newQuestionSchema>;

/** A question's text in one language, its points and (short text) its accepted answers. */
export const questionSchema = z.object({
  ...questionText,
  explanation: paragraphs({ max: 5000, required: false }),
  // One accepted answer a line; ignored for choice questions.
  accepted: paragraphs({ max: 2000, required: false })
    .transform((v) => [...new Set(v.split('\n').map((a) => a.trim()))].filter(Boolean))
    .refine((list) => list.length <= 20 && list.every((a) => a.length <= 200), {
      message: 'quizzes.errors.acceptedInvalid',
    }),
});
export type QuestionInput = z.output<typeof questionSchema>;

/** A choice's label and feedback in one language, and whether it is right. */
export const choiceSchema = z.object({
  language,
  // Required for choices of single and multiple questions; true/false labels are the interface's.
  label: line({ max: 500, required: false }),
  feedback: paragraphs({ max: 2000, required: false }),
  is_correct: checkbox,
});
export type ChoiceInput = z.output<typeof choiceSchema>;

export const moveSchema = z.object({ direction: choice(['up', 'down'] as const) });

/**
 * The answers of a submitted attempt: fields `q<question id>`, each a choice id (repeated for
 * multiple choice) or a text. Anything else in the form is ignored; oversized input is a 400.
 */
export function answersOf(body: unknown): Map<number, string[]> | null {
  const out = new Map<number, string[]>();
  if (!body || typeof body !== 'object') return out;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    const match = /^q([1-9]\d{0,9})$/.exec(key);
    if (!match) continue;
    const list = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === 'string',
    );
    if (list.length > 50 || list.some((v) => v.length > 500)) return null;
    out.set(Number(match[1]), list);
  }
  return out;
}
