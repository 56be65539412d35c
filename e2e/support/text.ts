import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { LOCALES_DIR, translator, type Language } from '../../src/web/i18n.ts';

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

const NAMESPACES = readdirSync(`${LOCALES_DIR}/en`).map((f) => f.replace(/\.json$/, ''));
// A translation key shown as text ("library.kinds.toolkit"), or an unfilled {{placeholder}}.
const KEY_TEXT = new RegExp(
  `(?<![\\w@/.-])(?:${NAMESPACES.map((n) => n.replace(/-/g, '\\-')).join('|')})\\.[A-Za-z][\\w-]*(?:\\.[\\w-]+)*|\\{\\{`,
  'g',
);

/** The translation keys or {{placeholders}} left in a text. */
export function keysIn(text: string): string[] {
  return [...new Set(text.match(KEY_TEXT) ?? [])];
}

/** Translation keys or {{placeholders}} left in the page's text and labelling attributes. */
export async function untranslated(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')]
      .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a)))
      .filter(Boolean);
    return [document.title, document.body.innerText, ...attrs].join('\n');
  });
  return keysIn(text);
}
