import { countries } from 'countries-list';
import type { Language } from './i18n.ts';

// ISO 3166-1 alpha-2 countries, named in the reader's language by Intl.

export type CountryCode = keyof typeof countries;

export const COUNTRY_CODES = Object.keys(countries) as CountryCode[];

/** World regions (continents) used for filters and reports, derived from the country. */
export const WORLD_REGIONS = ['AF', 'AN', 'AS', 'EU', 'NA', 'OC', 'SA'] as const;
export type WorldRegion = (typeof WORLD_REGIONS)[number];

export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && Object.hasOwn(countries, value);
}

export function worldRegionOf(country: string | null): WorldRegion | null {
  return country && isCountryCode(country) ? (countries[country].continent as WorldRegion) : null;
}

const displayNames = new Map<Language, Intl.DisplayNames>();

export function countryName(code: string, lang: Language): string {
  let names = displayNames.get(lang);
  if (!names)
    displayNames.set(
      lang,
      (names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' })),
    );
  return names.of(code) ?? code;
}

const optionsCache = new Map<Language, Array<{ value: string; label: string }>>();

/** Every country as a select option, sorted by its name in the reader's language. */
export function countryOptions(lang: Language): Array<{ value: string; label: string }> {
  let options = optionsCache.get(lang);
  if (!options) {
    const collator = new Intl.Collator(lang);
    options = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, lang) })).sort(
      (a, b) => collator.compare(a.label, b.label),
    );
    optionsCache.set(lang, options);
  }
  return options;
}
