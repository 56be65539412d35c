import { z } from 'zod';
import { LANGUAGES } from '../../web/i18n.ts';
import { line, paragraphs } from '../../web/validation.ts';

export const STATUSES = ['draft', 'in_review', 'published'] as const;
export type Status = (typeof STATUSES)[number];
export const FORMATS = ['self_paced', 'facilitated', 'blended', 'face_to_face'] as const;
export const LEVELS = ['introductory', 'intermediate', 'advanced'] as const;
export const EDITABLE_KINDS = ['text', 'video', 'document', 'quiz', 'assignment'] as const;
/** Kinds whose content is set up on a page of its own: /authoring/lessons/:id/<kind>. */
export const SET_UP_KINDS = ['document', 'quiz', 'assignment'] as const;

const CHOOSE = 'common.errors.chooseFromList';

function choice<T extends string>(list: readonly T[]) {
  return z
    .string({ error: CHOOSE })
    .refine((v): v is T => (list as readonly string[]).includes(v), {
      message: CHOOSE,
    }) as unknown as z.ZodType<T, string>;
}

/** A content language: one of the six the platform speaks. */
export const language = choice(LANGUAGES);

/** A numeric id from the address or a form; anything else names nothing. */
export function parseId(text: unknown): number | null {
  return typeof text === 'string' && /^[1-9]\d{0,9}$/.test(text) && Number(text) <= 2_147_483_647
    ? Number(text)
    : null;
}

const themeIds = z
  .array(z.string(), { error: 'courses.errors.themeRequired' })
  .transform((list) => [...new Set(list)])
  .refine((list) => list.length > 0, { message: 'courses.errors.themeRequired' })
  .refine((list) => list.length <= 20 && list.every((v) => parseId(v) !== null), {
    message: 'courses.errors.themeUnknown',
  })
  .transform((list) => list.map(Number));

const partnerIds = z
  .array(z.string())
  .transform((list) => [...new Set(list)])
  .refine((list) => list.length <= 20 && list.every((v) => parseId(v) !== null), {
    message: 'courses.errors.partnerUnknown',
  })
  .transform((list) => list.map(Number));

const duration = z
  .string({ error: 'courses.errors.durationInvalid' })
  .trim()
  .refine((v) => /^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 1000, {
    message: 'courses.errors.durationInvalid',
  })
  .transform(Number);

/** A course's text in one language. */
export const translationFields = {
  language,
  title: line({ max: 200 }),
  summary: paragraphs({ max: 2000, required: false }),
  objectives: paragraphs({ max: 5000, required: false }),
};

/** The details form: one language's text and the settings every language shares. */
export const courseDetailsSchema = z.object({
  ...translationFields,
  theme_ids: themeIds,
  partner_ids: partnerIds,
  format: choice(FORMATS),
  level: choice(LEVELS),
  duration_hours: duration,
});
export type CourseDetailsInput = z.output<typeof courseDetailsSchema>;

/** A new course: its details and, for coordinators, the owning organisation. */
export const newCourseSchema = courseDetailsSchema.extend({
  organisation_id: z.string().optional(),
});
export type NewCourseInput = z.output<typeof newCourseSchema>;

export const moduleSchema = z.object({ language, title: line({ max: 200 }) });
export type ModuleInput = z.output<typeof moduleSchema>;

const videoUrl = z
  .string()
  .trim()
  .max(500, { error: 'common.errors.tooLong' })
  .refine(
    (v) => {
      if (v === '') return true;
      try {
        const url = new URL(v);
        // Only https: javascript:, data: and plain http links are refused.
        return url.protocol === 'https:' && url.hostname !== '';
      } catch {
        return false;
      }
    },
    { message: 'courses.errors.videoUrlInvalid' },
  )
  .transform((v) => (v === '' ? '' : new URL(v).href));

export const lessonSchema = z
  .object({
    language,
    title: line({ max: 200 }),
    body: paragraphs({ max: 50_000, required: false }),
    kind: choice(EDITABLE_KINDS),
    video_url: videoUrl,
    is_required: z.string().transform((v) => v === '1'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'video' && v.video_url === '')
      ctx.addIssue({
        code: 'custom',
        path: ['video_url'],
        message: 'courses.errors.videoUrlRequired',
      });
  });
export type LessonInput = z.output<typeof lessonSchema>;

export const moveSchema = z.object({ direction: choice(['up', 'down'] as const) });

export const sendBackSchema = z.object({ comment: paragraphs({ max: 5000 }) });

/** The submitted form as strings (lists for the named fields), missing ones as "". */
export function formOf(
  body: unknown,
  fields: readonly string[],
  lists: readonly string[] = [],
): Record<string, string | string[]> {
  const source = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const out: Record<string, string | string[]> = {};
  for (const field of fields) {
    const v = source[field];
    out[field] = typeof v === 'string' ? v.slice(0, 60_000) : '';
  }
  for (const field of lists) {
    const v = source[field];
    out[field] = (Array.isArray(v) ? v : v === undefined ? [] : [v])
      .filter((x): x is string => typeof x === 'string')
      .slice(0, 50);
  }
  return out;
}
