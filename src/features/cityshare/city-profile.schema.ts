import { languages as LANGUAGE_LIST } from 'countries-list';
import { z } from 'zod';
import { line, paragraphs } from '../../web/validation.ts';

// The city profile form. Messages are translation keys (locales/<lang>/cities.json).

/** Every ISO 639-1 code the form offers. */
export const LANGUAGE_CODES: readonly string[] = Object.keys(LANGUAGE_LIST).sort();
const isLanguageCode = (v: string) => Object.hasOwn(LANGUAGE_LIST, v);

export const MIGRATION_CONTEXT_MAX = 4000;

/** The body's languages as a list (a multiple select sends one value or several). */
export function languagesOf(body: unknown): string[] {
  const v = (body as { languages?: unknown } | null)?.languages;
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string').slice(0, 50);
}

export const cityProfileSchema = z.object({
  languages: z
    .array(z.string())
    .transform((codes) => [...new Set(codes)])
    .refine((codes) => codes.length <= 20, { message: 'cities.profile.errors.tooManyLanguages' })
    .refine((codes) => codes.every(isLanguageCode), {
      message: 'cities.profile.errors.languagesInvalid',
    }),
  population: z
    .string()
    .optional()
    .transform((v) => (v ?? '').replace(/[\s,.\u00a0\u202f']/g, ''))
    .refine((v) => v === '' || (/^\d{1,10}$/.test(v) && Number(v) <= 2_000_000_000), {
      message: 'cities.profile.errors.populationInvalid',
    })
    .transform((v) => (v === '' ? null : Number(v))),
  region: line({ max: 100, required: false }),
  migration_context: paragraphs({ max: MIGRATION_CONTEXT_MAX, required: false }),
});

export type CityProfileInput = z.infer<typeof cityProfileSchema>;
