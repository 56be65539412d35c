import { z } from 'zod';
import { WORLD_REGIONS } from '../../web/countries.ts';
import { THEME_SLUGS, type SuggestionFilters, type ThemeSlug } from './complementarity.ts';

// The filters of a city's suggestions (a GET form). An unknown value is a 400 naming the filter.

/** Population bands, bounds included. */
export const SIZE_BANDS = {
  small: [0, 99_999],
  medium: [100_000, 499_999],
  large: [500_000, 1_999_999],
  metropolis: [2_000_000, undefined],
} as const;
export type SizeBand = keyof typeof SIZE_BANDS;
export const SIZE_NAMES = Object.keys(SIZE_BANDS) as SizeBand[];

const LANGUAGE = /^[a-z]{2,3}$/;

function choice<T extends string>(accept: (v: string) => boolean, message: string) {
  return z
    .string({ error: message })
    .optional()
    .transform((v, ctx) => {
      const value = (v ?? '').trim();
      if (value === '') return undefined;
      if (!accept(value)) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return value as T;
    });
}

export const suggestionFilterSchema = z.object({
  region: choice(
    (v) => (WORLD_REGIONS as readonly string[]).includes(v),
    'suggestions.errors.region',
  ),
  size: choice<SizeBand>((v) => Object.hasOwn(SIZE_BANDS, v), 'suggestions.errors.size'),
  language: choice((v) => LANGUAGE.test(v), 'suggestions.errors.language'),
  theme: choice<ThemeSlug>(
    (v) => (THEME_SLUGS as readonly string[]).includes(v),
    'suggestions.errors.theme',
  ),
});
export type SuggestionFilterInput = z.output<typeof suggestionFilterSchema>;

/** The form's filters as complementarity.ts's filters. */
export function toFilters(input: SuggestionFilterInput): SuggestionFilters {
  const out: SuggestionFilters = {};
  if (input.region) out.region = input.region;
  if (input.language) out.language = input.language;
  if (input.theme) out.theme = input.theme;
  if (input.size) {
    const [min, max] = SIZE_BANDS[input.size];
    out.minPopulation = min;
    if (max !== undefined) out.maxPopulation = max;
  }
  return out;
}
