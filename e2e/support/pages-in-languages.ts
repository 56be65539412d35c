import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { LANGUAGES, type Language } from '../../src/web/i18n.ts';
import { expectAccessible } from './axe.ts';
import type { VisitorOptions } from './browser.ts';
import { documentLanguage, expectNoHorizontalScroll, visit } from './page.ts';
import { untranslated } from './text.ts';

// The checks every page test makes of a feature's GET pages: each answers 200 in the six
// languages with <html lang dir> set and no translation key left, none scrolls sideways at
// 360 px, and each passes axe in English.

export interface LanguageCheckOptions {
  /** Also a problem: landing on another address than the one asked for (a redirect). */
  sameAddress?: boolean;
}

/** Opens `url` in `page` (whose interface is in `lang`); what is wrong with it, if anything. */
export async function languageProblems(
  page: Page,
  lang: Language,
  name: string,
  url: string,
  { sameAddress = false }: LanguageCheckOptions = {},
): Promise<string[]> {
  const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
  if (response?.status() !== 200) return [`${name} ${url}: status ${response?.status()}`];
  const problems: string[] = [];
  if (sameAddress) {
    const landed = new URL(page.url());
    if (landed.pathname + landed.search !== url)
      problems.push(`${name} ${url}: redirected to ${landed.pathname}`);
  }
  const { lang: htmlLang, dir } = await documentLanguage(page);
  const wanted = lang === 'ar' ? 'rtl' : 'ltr';
  if (htmlLang !== lang || dir !== wanted)
    problems.push(`${name} ${url}: <html lang="${htmlLang}" dir="${dir}">`);
  const keys = await untranslated(page);
  if (keys.length > 0) problems.push(`${name} ${url}: untranslated ${keys.join(', ')}`);
  return problems;
}

/**
 * Adds the tests for `pages()` ([name, url, persona] each, read when the tests run): six
 * languages, 360 px in each, axe in English. `visitor` opens a context signed in as the persona.
 */
export function itChecksPagesInEveryLanguage<P>(
  pages: () => Array<[string, string, P]>,
  visitor: (who: P, lang: Language, options?: VisitorOptions) => Promise<BrowserContext>,
  options: LanguageCheckOptions = {},
): void {
  /** One page per persona, opened lazily. */
  function pagesFor(lang: Language, contextOptions: VisitorOptions = {}) {
    const open = new Map<P, Promise<Page>>();
    return (who: P) => {
      let p = open.get(who);
      if (!p) open.set(who, (p = visitor(who, lang, contextOptions).then((c) => c.newPage())));
      return p;
    };
  }

  for (const lang of LANGUAGES) {
    it(`every page answers 200 in ${lang}, with lang/dir set and no key text`, async () => {
      const pageOf = pagesFor(lang);
      const problems: string[] = [];
      for (const [name, url, who] of pages())
        problems.push(...(await languageProblems(await pageOf(who), lang, name, url, options)));
      assert.deepEqual(problems, [], `problems in ${lang}:\n${problems.join('\n')}`);
    });
  }

  for (const lang of LANGUAGES) {
    it(`no page scrolls sideways at 360 px in ${lang}`, async () => {
      const pageOf = pagesFor(lang, { width: 360 });
      const problems: string[] = [];
      for (const [name, url, who] of pages()) {
        const page = await pageOf(who);
        await visit(page, url);
        try {
          await expectNoHorizontalScroll(page);
        } catch (err) {
          problems.push(`${name}: ${(err as Error).message}`);
        }
      }
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  }

  it('every page passes axe in English', async () => {
    const pageOf = pagesFor('en');
    const problems: string[] = [];
    for (const [name, url, who] of pages()) {
      const page = await pageOf(who);
      await visit(page, url);
      try {
        await expectAccessible(page, name);
      } catch (err) {
        problems.push((err as Error).message);
      }
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });
}
