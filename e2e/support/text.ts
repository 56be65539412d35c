import { translator, type Language } from '../../src/web/i18n.ts';

// Journeys find buttons, links and fields by the words a person reads: the app's own catalogues.

/** The text of a translation key, in English unless told. */
export function t(
  key: string,
  lang: Language = 'en',
  values: Record<string, unknown> = {},
): string {
  const text = translator(lang)(key, values);
  if (text === key) throw new Error(`no translation for ${key} (${lang})`);
  return text;
}

/** Matches the whole accessible name exactly (getByRole and getByLabel otherwise match substrings). */
export function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}
