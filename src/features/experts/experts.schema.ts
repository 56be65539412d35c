import { languages as LANGUAGE_LIST } from 'countries-list';
import { z } from 'zod';
import { isCountryCode } from '../../web/countries.ts';
import { idOf, paragraphs } from '../../web/validation.ts';
import { isSector, SUBJECT_TYPES, type SubjectType } from './experts.policy.ts';

// Input of the expert directory: the profile form, the list's filters, reviews and invitations.

/** ISO 639-1 codes. */
export const isLanguageCode = (v: string): boolean => Object.hasOwn(LANGUAGE_LIST, v);

/** The languages the form offers as checkboxes (any ISO 639-1 code is accepted). */
export const LANGUAGE_CHOICES = [
  'ar',
  'de',
  'en',
  'es',
  'fr',
  'hi',
  'it',
  'nl',
  'pl',
  'pt',
  'ru',
  'sw',
  'tr',
  'zh',
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isSlug = (s: string): boolean => s.length <= 100 && SLUG.test(s);

export const BIOGRAPHY_MAX = 2000;

/** Strings of a form field that may be sent several times (checkboxes). */
export function many(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string').slice(0, 50);
}

const one = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 20_000) : '');

export interface ProfileForm {
  values: Record<string, string>;
  themes: string[];
  languages: string[];
}

/** The submitted profile form as strings, to parse and to show again. */
export function profileFormOf(body: unknown): ProfileForm {
  const b = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  return {
    values: {
      sector: one(b.sector),
      organisation: one(b.organisation),
      country: one(b.country),
      biography: one(b.biography),
    },
    themes: many(b.themes),
    languages: many(b.languages),
  };
}

export const profileSchema = z.object({
  sector: z.string().refine(isSector, { message: 'experts.errors.sector' }),
  organisation: z
    .string()
    .refine((v) => v === '' || idOf(v) !== undefined, { message: 'experts.errors.organisation' })
    .transform((v) => (v === '' ? null : (idOf(v) as number))),
  country: z
    .string()
    .refine((v) => v === '' || isCountryCode(v), { message: 'experts.errors.country' })
    .transform((v) => (v === '' ? null : v)),
  biography: paragraphs({ max: BIOGRAPHY_MAX }),
  themes: z.array(z.string().refine(isSlug, { message: 'experts.errors.theme' })),
  languages: z
    .array(z.string().refine(isLanguageCode, { message: 'experts.errors.language' }))
    .min(1, { message: 'experts.errors.languagesRequired' }),
});
export type ProfileInput = z.output<typeof profileSchema>;

/** A list filter: "" means none; anything else must be valid, or the list is a 400 naming it. */
const filter = (valid: (v: string) => boolean, message: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? '').trim())
    .refine((v) => v === '' || valid(v), { message });

export const FILTER_NAMES = [
  'q',
  'sector',
  'theme',
  'language',
  'country',
  'organisation',
] as const;

export const listFilterSchema = z.object({
  q: z
    .string()
    .optional()
    .transform((v) => (v ?? '').slice(0, 200)),
  sector: filter(isSector, 'experts.errors.sector'),
  theme: filter(isSlug, 'experts.errors.theme'),
  language: filter(isLanguageCode, 'experts.errors.language'),
  country: filter(isCountryCode, 'experts.errors.country'),
  organisation: filter((v) => idOf(v) !== undefined, 'experts.errors.organisation'),
  page: z
    .string()
    .optional()
    .transform((v) => (v === undefined ? 1 : (idOf(v) ?? 0)))
    .refine((n) => n >= 1 && n <= 10_000, { message: 'experts.errors.page' }),
});
export type ListFilter = z.output<typeof listFilterSchema>;

export const returnSchema = z.object({ comment: paragraphs({ max: 2000 }) });

export interface Subject {
  type: SubjectType;
  id: number;
}

/** "event:12" → the subject; anything else is undefined. */
export function parseSubject(text: unknown): Subject | undefined {
  if (typeof text !== 'string') return undefined;
  const parts = text.split(':');
  if (parts.length !== 2) return undefined;
  const [type, id] = parts;
  const n = idOf(id);
  if (!(SUBJECT_TYPES as readonly string[]).includes(type ?? '') || n === undefined)
    return undefined;
  return { type: type as SubjectType, id: n };
}

export const inviteSchema = z.object({
  subject: z
    .string({ error: 'experts.errors.subject' })
    .transform((v) => parseSubject(v))
    .refine((v) => v !== undefined, { message: 'experts.errors.subject' })
    .transform((v) => v as Subject),
  message: z.preprocess((v) => v ?? '', paragraphs({ max: 1000, required: false })),
});
