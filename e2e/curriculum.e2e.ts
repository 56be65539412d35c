import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { THEMES } from '../src/features/curriculum/themes.data.ts';
import { createCurriculum2012 } from '../test/factories/curricula.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import { documentLanguage, visit } from './support/page.ts';
import { t } from './support/text.ts';

describe('themes and curricula', () => {
  // The curriculum factory brings the six themes with it.
  const e2e = useE2E((server) => createCurriculum2012(server.deps));
  const [theme] = THEMES;
  assert.ok(theme);
  const curriculumLink = t('curriculum.curriculumName', 'en', { name: '2012–2015' });

  it('a visitor goes from the main navigation to a theme and on to its curriculum', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/');
    await page
      .getByRole('navigation', { name: t('common.mainNavigation') })
      .getByRole('link', { name: t('common.nav.themes') })
      .click();
    await page.getByRole('heading', { level: 1, name: t('curriculum.themes.title') }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/themes');
    assert.equal(await page.getByRole('heading', { level: 2 }).getByRole('link').count(), 6);
    await expectAccessible(page, 'themes');

    await page.getByRole('link', { name: theme.translations.en.name }).click();
    await page.getByRole('heading', { level: 1, name: theme.translations.en.name }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/themes/${theme.slug}`);
    await page.getByText(theme.translations.en.summary).waitFor();
    await expectAccessible(page, 'theme');

    await page
      .getByRole('region', { name: t('curriculum.theme.curriculaTitle') })
      .getByRole('link', { name: curriculumLink })
      .click();
    await page.getByRole('heading', { level: 1, name: curriculumLink }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/curricula/2012-2015');
    const covered = page.getByRole('region', { name: t('curriculum.curriculum.themesTitle') });
    assert.equal(await covered.getByRole('link').count(), 6);
    await expectAccessible(page, 'curriculum');
  });

  it('themes, a theme and the curriculum read right to left in Arabic and pass axe', async () => {
    const page = await e2e.browser.newPage({ lang: 'ar' });
    await visit(page, '/themes');
    assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
    await page
      .getByRole('heading', { level: 1, name: t('curriculum.themes.title', 'ar') })
      .waitFor();
    await expectAccessible(page, 'themes');

    await page.getByRole('link', { name: theme.translations.ar.name }).click();
    await page.getByRole('heading', { level: 1, name: theme.translations.ar.name }).waitFor();
    await expectAccessible(page, 'theme');

    await visit(page, '/curricula/2012-2015');
    await page
      .getByRole('heading', {
        level: 1,
        name: t('curriculum.curriculumName', 'ar', { name: '2012–2015' }),
      })
      .waitFor();
    await expectAccessible(page, 'curriculum');
  });

  it('an unknown theme gets a 404 page that points back to the themes', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/themes/no-such-theme', 404);
    await page.getByText(t('curriculum.errors.themeNotFound')).waitFor();
    await expectAccessible(page, 'unknown theme');
  });
});
