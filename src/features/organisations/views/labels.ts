import type { Language } from '../../../web/i18n.ts';

// Small formatting helpers shared by the organisation views.

const languageNames = new Map<Language, Map<string, string>>();

/** A language's name in the reader's language ("nl" → "néerlandais" for a French reader); looked up once. */
export function languageName(code: string, lang: Language): string {
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

/** The address, if it is a web address that is safe to link to; stored data is checked again here. */
export function safeWebsite(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Plain text split into paragraphs at blank lines. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
