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

const names = new Map<Language, Map<string, string>>();

/** A country's name in the reader's language, e.g. "BF" → "Burkina Faso"; looked up once. */
export function countryName(code: string, lang: Language): string {
  let byCode = names.get(lang);
  if (!byCode) names.set(lang, (byCode = new Map()));
  let name = byCode.get(code);
  if (name === undefined) {
    name = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(code) ?? code;
    byCode.set(code, name);
  }
  return name;
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
