import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import Negotiator from 'negotiator';

export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const RTL_LANGUAGES: ReadonlySet<Language> = new Set(['ar']);

/** Each language's own name, shown in the language switcher whatever the page language. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  ru: 'Русский',
  zh: '中文',
};

export const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'locales');

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Reads locales/<lang>/<feature>.json; each file's keys live under the feature's name,
 * so `accounts.json` holds the keys `accounts.*`. One file per feature keeps features apart.
 */
export function readCatalogues(dir = LOCALES_DIR): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const lang of LANGUAGES) {
    const catalogue: Record<string, unknown> = {};
    for (const file of readdirSync(join(dir, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      catalogue[file.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(join(dir, lang, file), 'utf8'),
      );
    }
    out[lang] = catalogue;
  }
  return out;
}

const i18n = i18next.createInstance();
await i18n.init({
  resources: Object.fromEntries(
    Object.entries(readCatalogues()).map(([lang, translation]) => [lang, { translation }]),
  ),
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  // Views escape every value they print, so i18next must not escape a second time.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export type T = TFunction;

const translators = new Map<Language, T>();

// Options that change which string i18next picks (plurals, context, fallbacks…): such calls always
// go through i18next. Plain values are only substituted into {{name}} placeholders.
const SELECTING_OPTIONS = new Set([
  'count',
  'context',
  'defaultValue',
  'lng',
  'lngs',
  'ns',
  'ordinal',
  'returnObjects',
  'replace',
  'interpolation',
  'keyPrefix',
  'postProcess',
]);
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function isPlainValues(
  options: unknown,
  allowCount = false,
): options is Record<string, string | number> {
  if (typeof options !== 'object' || options === null) return false;
  for (const [k, v] of Object.entries(options)) {
    if (allowCount && k === 'count' && typeof v === 'number') continue;
    if (SELECTING_OPTIONS.has(k) || (typeof v !== 'string' && typeof v !== 'number')) return false;
  }
  return true;
}

/**
 * The key of the plural form i18next would pick for `count` ("_zero" when the catalogue has one,
 * else the language's CLDR category), or undefined when the catalogue lacks it.
 */
function pluralPicker(lang: Language): (key: string, count: number) => string | undefined {
  const rules = new Intl.PluralRules(lang);
  const known = new Map<string, boolean>();
  const has = (key: string) => {
    let found = known.get(key);
    if (found === undefined) known.set(key, (found = i18n.exists(key, { lng: lang })));
    return found;
  };
  return (key, count) => {
    if (count === 0 && has(`${key}_zero`)) return `${key}_zero`;
    const form = `${key}_${rules.select(count)}`;
    return has(form) ? form : undefined;
  };
}

/**
 * The translate function of a language. i18next's t() costs microseconds per call and a page
 * makes hundreds, so each key's string is looked up once; calls with plain values fill its
 * {{placeholders}} directly (escaping is off in i18next too: views escape what they print).
 */
export function translator(lang: Language): T {
  let t = translators.get(lang);
  if (!t) {
    const fixed = i18n.getFixedT(lang);
    const memo = new Map<string, string>();
    const template = (key: string) => {
      let value = memo.get(key);
      if (value === undefined) memo.set(key, (value = fixed(key) as string));
      return value;
    };
    const pluralOf = pluralPicker(lang);
    t = ((key: string | string[], options?: unknown) => {
      if (typeof key !== 'string') return fixed(key, options as never);
      if (options === undefined) return template(key);
      // A count picks the plural form here too: i18next's own plural path costs ~150 µs a call,
      // and a list of thirty rows with "3 new" each would spend milliseconds on it.
      if (!isPlainValues(options, true)) return fixed(key, options as never);
      const form = typeof options.count === 'number' ? pluralOf(key, options.count) : key;
      const text = form === undefined ? undefined : template(form);
      if (text === undefined || /\{\{[^}]*[,(]/.test(text)) return fixed(key, options as never);
      return text.replace(PLACEHOLDER, (whole, name: string) =>
        name in options ? String(options[name]) : whole,
      );
    }) as T;
    translators.set(lang, t);
  }
  return t;
}

/** The language of a request: the visitor's choice (cookie), else their profile, else the browser's, else English. */
export function chooseLanguage(input: {
  cookie?: string;
  profile?: string | null;
  acceptLanguage?: string;
}): Language {
  if (isLanguage(input.cookie)) return input.cookie;
  if (isLanguage(input.profile)) return input.profile;
  const negotiated = new Negotiator({
    headers: { 'accept-language': input.acceptLanguage ?? '' },
  }).language([...LANGUAGES]);
  return isLanguage(negotiated) ? negotiated : 'en';
}
