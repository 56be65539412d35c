import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { THEME_SLUGS } from '../src/features/cityshare/complementarity.ts';
import { expectAccessible } from './support/axe.ts';
import { PORTO_LEVELS, levelRadio, seedCityShare, themeName } from './support/cityshare.ts';
import { useE2E } from './support/harness.ts';
import { expectNoHorizontalScroll, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// A city coordinator's CityShare: the self-assessment (with one mistake on the way), the
// suggested partners with their reasons (never the city that keeps its assessment private), and
// a good practice written, published and found again. The journeys run in order.

const PRACTICE = 'Porto’s one-stop welcome desk';
const SEARCH_WORD = 'azulejo';

describe('cityshare: self-assessment, suggested partners and a good practice', () => {
  const e2e = useE2E((server) => seedCityShare(server, { portoAssessed: false }));

  it('a city coordinator completes the self-assessment, correcting a missing level', async () => {
    const { cities, coordinators } = e2e.seeded;
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, coordinators.Porto);
    const page = await context.newPage();
    await visit(page, `/organisations/${cities.Porto.slug}`);
    await page.getByText(t('cities.assessment.none'), { exact: true }).waitFor();
    await page.getByRole('link', { name: exactly(t('cities.assessment.start')) }).click();
    const title = t('cities.assessment.editTitle', 'en', { name: 'Porto' });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectAccessible(page, 'self-assessment form');

    for (const [i, slug] of THEME_SLUGS.entries()) {
      await levelRadio(page, 'strength', slug, Number(PORTO_LEVELS.strengths[i])).check();
      // The need of the last theme is forgotten at first.
      if (i < THEME_SLUGS.length - 1)
        await levelRadio(page, 'need', slug, Number(PORTO_LEVELS.needs[i])).check();
      await page
        .getByLabel(t('cities.assessment.evidenceFor', 'en', { theme: themeName(slug) }))
        .fill(`Evidence for ${slug}: a council report of 2025.`);
    }
    const priorities = 'Health services in the migrants’ languages; safer neighbourhoods.';
    await page.getByLabel(t('cities.assessment.priorities'), { exact: true }).fill(priorities);
    await page.getByRole('button', { name: t('cities.assessment.save') }).click();

    const last = THEME_SLUGS[THEME_SLUGS.length - 1]!;
    const message = t('cities.assessment.errorSummary', 'en', {
      field: themeName(last),
      message: t('cities.assessment.errors.needMissing'),
    });
    await page
      .getByRole('alert')
      .getByRole('link', { name: exactly(message) })
      .waitFor();
    // What was chosen and written is kept.
    assert.equal(await levelRadio(page, 'strength', last, 0).isChecked(), true);
    assert.equal(
      await page.getByLabel(t('cities.assessment.priorities'), { exact: true }).inputValue(),
      priorities,
    );
    await expectAccessible(page, 'self-assessment form with an error');

    await levelRadio(page, 'need', last, Number(PORTO_LEVELS.needs[5])).check();
    await page.getByRole('button', { name: t('cities.assessment.save') }).click();
    await page.getByRole('status').getByText(t('cities.assessment.saved')).waitFor();
    await page
      .getByRole('heading', {
        level: 1,
        name: t('cities.assessment.title', 'en', { name: 'Porto' }),
      })
      .waitFor();
    await page.getByText(priorities).waitFor();
    await expectAccessible(page, 'self-assessment');
  });

  it('the coordinator sees ranked partners with reasons, and not the private city', async () => {
    const { cities, coordinators } = e2e.seeded;
    const context = await e2e.browser.newContext({ width: 360 });
    await signInAs(e2e.server, context, coordinators.Porto);
    const page = await context.newPage();
    await visit(page, `/organisations/${cities.Porto.slug}`);
    await page.getByRole('link', { name: exactly(t('cities.section.suggestions')) }).click();
    const title = t('suggestions.page.title', 'en', { city: 'Porto' });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // Ranked: Curitiba gives Porto most and shares Portuguese; Gdańsk is private.
    const names = await page.locator('li.card h3').allTextContents();
    assert.equal(names[0]?.trim(), 'Curitiba', `ranked: ${names.join(', ')}`);
    assert.deepEqual(names.map((n) => n.trim()).sort(), [
      'Antwerp',
      'Curitiba',
      'Diourbel',
      'Durban',
      'Płock',
    ]);
    assert.equal(await page.getByText('Gdańsk').count(), 0, 'the private city is not shown');
    const curitiba = page.locator('li.card').filter({ hasText: 'Curitiba' });
    const health = themeName('public-services-health');
    const receive = t('suggestions.reasons.receive_you', 'en', {
      partner: 'Curitiba',
      theme: health[0]!.toLowerCase() + health.slice(1),
      strength: 4,
      need: 4,
    });
    await curitiba.getByText(receive).waitFor();
    await curitiba
      .getByText(t('suggestions.reasons.languages_you', 'en', { languages: 'Portuguese' }))
      .waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'suggested partners (360 px)');
  });

  it('the coordinator writes a good practice, publishes it and finds it in search and on the theme page', async () => {
    const { cities, coordinators } = e2e.seeded;
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, coordinators.Porto);
    const page = await context.newPage();
    await visit(page, `/organisations/${cities.Porto.slug}`);
    await page.getByRole('link', { name: exactly(t('cities.section.writePractice')) }).click();
    await page.getByRole('heading', { level: 1, name: t('practices.form.newTitle') }).waitFor();
    await expectAccessible(page, 'new good practice');
    const theme = themeName('public-services-health');
    assert.equal(
      await page.getByLabel(t('practices.fields.city'), { exact: true }).inputValue(),
      String(cities.Porto.id),
    );
    await page.getByLabel(t('practices.fields.title'), { exact: true }).fill(PRACTICE);
    await page
      .getByLabel(t('practices.fields.theme'), { exact: true })
      .selectOption({ label: theme });
    const field = (name: string) => page.getByLabel(t(`practices.fields.${name}`), { exact: true });
    await field('problem').fill('Newcomers went from office to office to register.');
    await field('approach').fill(`One desk at the town hall, under the ${SEARCH_WORD} wall.`);
    await field('results').fill('4,300 visits in the first year; waiting time down by 60%.');
    await page.getByRole('button', { name: t('practices.form.create') }).click();
    await page.getByRole('status').getByText(t('practices.notices.created')).waitFor();
    await page.getByRole('heading', { level: 1, name: PRACTICE }).waitFor();
    await page.getByText(t('practices.page.isDraft')).waitFor();

    await page.getByRole('button', { name: t('practices.page.publish') }).click();
    await page.getByRole('status').getByText(t('practices.notices.published')).waitFor();
    await page.getByText(t('practices.page.isPublished')).waitFor();
    await expectAccessible(page, 'published good practice');

    // A visitor finds it by a word of its text, and on its theme's page.
    const visitor = await e2e.browser.newPage();
    await visit(visitor, '/practices');
    await visitor.getByLabel(t('practices.filters.q')).fill(SEARCH_WORD);
    await visitor.getByRole('button', { name: t('common.form.filter') }).click();
    await visitor.getByRole('link', { name: PRACTICE }).waitFor();
    await expectAccessible(visitor, 'good practices, searched');
    await visit(visitor, '/themes/public-services-health');
    await visitor.getByRole('heading', { level: 1, name: theme }).waitFor();
    await visitor.getByRole('link', { name: PRACTICE }).click();
    await visitor.getByRole('heading', { level: 1, name: PRACTICE }).waitFor();
  });
});
