import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createThemes } from '../test/factories/themes.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import { documentLanguage, expectNoHorizontalScroll, focused, visit } from './support/page.ts';
import { exactly, t } from './support/text.ts';

describe('site: home, about, languages, errors', () => {
  const e2e = useE2E(async (server) => createThemes(server.deps));

  it('the home page shows the six themes and passes axe in English and Arabic', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/');
    await page.getByRole('heading', { level: 1, name: t('site.home.heading') }).waitFor();
    const themesSection = page.getByRole('region', { name: t('site.home.themesTitle') });
    assert.equal(await themesSection.getByRole('link').count(), 6);
    await expectAccessible(page, 'home');

    const arabic = await e2e.browser.newPage({ lang: 'ar' });
    await visit(arabic, '/');
    assert.deepEqual(await documentLanguage(arabic), { lang: 'ar', dir: 'rtl' });
    await expectAccessible(arabic, 'home');
  });

  it('a visitor reaches the about page from the main navigation', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/');
    await page
      .getByRole('navigation', { name: t('common.mainNavigation') })
      .getByRole('link', { name: t('common.nav.about') })
      .click();
    await page.waitForURL('**/about');
    await page.getByRole('heading', { level: 1, name: t('site.about.title') }).waitFor();
    await expectAccessible(page, 'about');
  });

  it('the header language links switch the interface to Arabic (right to left) and to Chinese', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/about');
    const languages = page.getByRole('navigation', { name: t('common.language') });
    await languages.getByRole('link', { name: 'العربية' }).click();
    await page.getByRole('heading', { level: 1, name: t('site.about.title', 'ar') }).waitFor();
    assert.match(page.url(), /\/about$/, 'stays on the same page');
    assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
    const current = page
      .getByRole('navigation', { name: t('common.language', 'ar') })
      .getByRole('link', { name: 'العربية' });
    assert.equal(await current.getAttribute('aria-current'), 'true');
    await expectAccessible(page, 'about');

    await page.getByRole('link', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: t('site.about.title', 'zh') }).waitFor();
    assert.deepEqual(await documentLanguage(page), { lang: 'zh', dir: 'ltr' });

    // The choice sticks for the next pages.
    await visit(page, '/');
    assert.equal((await documentLanguage(page)).lang, 'zh');
  });

  it('an unknown address shows a translated 404 page that passes axe', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/no-such-page', 404);
    await page.getByRole('heading', { level: 1, name: t('errors.title.404') }).waitFor();
    await expectAccessible(page, '404');
    await page.getByRole('link', { name: t('errors.backHome') }).click();
    await page.waitForURL((url) => url.pathname === '/');

    const arabic = await e2e.browser.newPage({ lang: 'ar' });
    await visit(arabic, '/no-such-page', 404);
    await arabic.getByRole('heading', { level: 1, name: t('errors.title.404', 'ar') }).waitFor();
    await expectAccessible(arabic, '404');
  });

  it('at 360 px the home page does not scroll sideways and the skip link is the first Tab stop', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const page = await e2e.browser.newPage({ width: 360, lang });
      await visit(page, '/');
      await expectNoHorizontalScroll(page);
      await page.keyboard.press('Tab');
      const first = await focused(page);
      assert.equal(first.text, t('common.skipToContent', lang), `first Tab stop (${lang})`);
      // Hidden above the page until focused, then shown inside the viewport.
      const skip = page.getByRole('link', { name: exactly(t('common.skipToContent', lang)) });
      const box = await skip.boundingBox();
      assert.ok(box && box.y >= 0 && box.x >= 0 && box.x + box.width <= 360, 'skip link shown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      assert.equal((await focused(page)).tag, 'main');
      await expectAccessible(page, 'home at 360 px');
    }
  });
});
