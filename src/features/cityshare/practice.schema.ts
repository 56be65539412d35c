import { languages as LANGUAGE_LIST } from 'countries-list';
import { z } from 'zod';
import { idOf, line, paragraphs } from '../../web/validation.ts';
import { searchKey, SLUG_FALLBACK, slugBase } from '../organisations/names.ts';

// Input of good practices: the practice form, the document form and the list's filters.

/** ISO 639-1 codes: the language a practice is written in may be any (a city writes in its own). */
export function isLanguageCode(v: string): boolean {
  return Object.hasOwn(LANGUAGE_LIST, v);
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Whether text can be a slug at all (anything else names nothing and never reaches SQL). */
export const isSlug = (s: string): boolean => s.length <= 100 && SLUG.test(s);

/** The Markdown sections of a practice, in the order the form and the page show them. */
export const TEXT_FIELDS = [
  'problem',
  'approach',
  'results',
  'resources',
  'success_factors',
  'transferability',
  'transferable_to',
  'contacts',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const FORM_FIELDS = ['city', 'title', 'theme', 'language', ...TEXT_FIELDS] as const;

const TEXT_MAX = 10_000;
const CHOOSE = 'common.errors.chooseFromList';

const choice = (valid: (v: string) => boolean, message: string) =>
  z
    .string({ error: message })
    .transform((v) => v.trim())
    .refine((v) => v !== '' && valid(v), { message });

export const practiceSchema = z.object({
  title: line({ max: 200 }),
  theme: choice(isSlug, 'practices.errors.themeRequired'),
  language: choice(isLanguageCode, 'practices.errors.languageRequired'),
  problem: paragraphs({ max: TEXT_MAX, required: false }),
  approach: paragraphs({ max: TEXT_MAX, required: false }),
  results: paragraphs({ max: TEXT_MAX, required: false }),
  resources: paragraphs({ max: TEXT_MAX, required: false }),
  success_factors: paragraphs({ max: TEXT_MAX, required: false }),
  transferability: paragraphs({ max: TEXT_MAX, required: false }),
  transferable_to: paragraphs({ max: 2000, required: false }),
  contacts: paragraphs({ max: 2000, required: false }),
});
export type PracticeInput = z.output<typeof practiceSchema>;

/** A new practice names its city too (by id, from the list of the official's cities). */
export const newPracticeSchema = practiceSchema.extend({
  city: z
    .string({ error: 'practices.errors.cityRequired' })
    .transform((v) => idOf(v.trim()))
    .refine((v) => v !== undefined, { message: 'practices.errors.cityRequired' })
    .transform((v) => v as number),
});
export type NewPracticeInput = z.output<typeof newPracticeSchema>;

/** The submitted form with every field present (missing ones as ""), to parse and to show again. */
export function practiceFormValues(body: unknown): Record<string, string> {
  const source = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const out: Record<string, string> = {};
  for (const field of FORM_FIELDS) {
    const v = source[field];
    out[field] = typeof v === 'string' ? v.slice(0, 20_000) : '';
  }
  return out;
}

export const documentSchema = z.object({ title: line({ max: 200 }) });

/** An optional filter: "" (the "Any" option) means none; anything else must be valid. */
function optional(valid: (v: string) => boolean) {
  return z
    .string({ error: CHOOSE })
    .optional()
    .transform((v) => (v ?? '').trim())
    .refine((v) => v === '' || valid(v), { message: CHOOSE })
    .transform((v) => (v === '' ? null : v));
}

export const PAGE_SIZE = 20;

export const listFilterSchema = z.object({
  q: line({ max: 100, required: false })
    .optional()
    .transform((v) => (v ? searchKey(v) : null)),
  theme: optional(isSlug),
  city: optional(isSlug),
  language: optional(isLanguageCode),
  page: z
    .string({ error: 'practices.errors.badPage' })
    .optional()
    .transform((v) => (v === undefined || v === '' ? 1 : Number(v)))
    .refine((v) => Number.isInteger(v) && v >= 1 && v <= 1000, {
      message: 'practices.errors.badPage',
    }),
});
export type ListFilter = z.output<typeof listFilterSchema>;

/** Title and texts lower-cased without accents, one line each: what the list's search matches. */
export function practiceSearchText(p: { title: string } & Record<TextField, string>): string {
  return searchKey([p.title, ...TEXT_FIELDS.map((f) => p[f])].join('\n'));
}

/** An ASCII slug for a practice's title; titles without Latin or Cyrillic letters get "practice". */
export function practiceSlugBase(title: string): string {
  const base = slugBase(title);
  return base === SLUG_FALLBACK && !searchKey(title).includes(SLUG_FALLBACK) ? 'practice' : base;
}
