import type { Language } from './i18n.ts';

// Names of languages in the reader's language, through Intl, each looked up once per process.

const languageNames = new Map<string, Map<string, string>>();

/** A language's name in the reader's language ("nl" → "néerlandais" for a French reader). */
export function languageName(code: string, lang: Language | string): string {
  let byCode = languageNames.get(lang);
  if (!byCode) languageNames.set(lang, (byCode = new Map()));
  let name = byCode.get(code);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(code) ?? code;
    } catch {
      name = code;
    }
    byCode.set(code, name);
  }
  return name;
}

const listFormats = new Map<Language, Intl.ListFormat>();

/** Language names as a list in the reader's language ("French and German", "الفرنسية والعربية"). */
export function languageList(codes: string[], lang: Language): string {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang, { type: 'conjunction' })));
  return format.format(codes.map((c) => languageName(c, lang)));
}
