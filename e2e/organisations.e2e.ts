import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createOfficial } from '../test/factories/officials.ts';
import { createCity, createOrganisations } from '../test/factories/organisations.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import {
  expectFieldError,
  documentLanguage,
  expectNoHorizontalScroll,
  visit,
} from './support/page.ts';
import { signInAs } from './support/server.ts';
import { t } from './support/text.ts';

/** The names of the organisations listed in the directory's results. */
async function resultNames(page: Page): Promise<string[]> {
  const results = page.getByRole('region', { name: t('organisations.directory.results') });
  return (await results.getByRole('heading', { level: 3 }).allTextContents()).map((s) => s.trim());
}

describe('organisations: directory, organisation page, new organisation', () => {
  const e2e = useE2E(async (server) => {
    const antwerp = await createCity(server.deps, { name: 'Antwerp', isPartner: true });
    await createCity(server.deps, {
      name: 'Durban',
      country: 'ZA',
      region: 'KwaZulu-Natal',
      population: 3_900_000,
      languages: ['en', 'zu'],
      latitude: -29.8587,
      longitude: 31.0218,
    });
    await createOrganisations(server.deps, [
      {
        name: 'International Organization for Migration',
        kind: 'international_organisation',
        shortName: 'IOM',
        country: null,
        isPartner: true,
      },
      { name: 'University of Antwerp', kind: 'university' },
      { name: 'Diourbel Youth Association', kind: 'ngo', country: 'SN' },
    ]);
    const coordinator = await createOfficial(server.deps, {
      name: 'Carla Mendes',
      roles: ['coordinator'],
    });
    return { antwerp, coordinator };
  });

  it('a visitor filters the directory by kind and opens a city', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/');
    await page
      .getByRole('navigation', { name: t('common.mainNavigation') })
      .getByRole('link', { name: t('common.nav.organisations') })
      .click();
    await page
      .getByRole('heading', { level: 1, name: t('organisations.directory.title') })
      .waitFor();
    assert.equal((await resultNames(page)).length, 5);
    await expectAccessible(page, 'directory');

    const search = page.getByRole('search');
    await search
      .getByLabel(t('organisations.filters.kind'))
      .selectOption({ label: t('organisations.kinds.local_authority') });
    await search.getByRole('button', { name: t('common.form.filter') }).click();
    await page.waitForURL(/kind=local_authority/);
    assert.deepEqual((await resultNames(page)).sort(), ['Antwerp', 'Durban']);
    // The filter keeps its value after the page reloads with the results.
    assert.equal(
      await search.getByLabel(t('organisations.filters.kind')).inputValue(),
      'local_authority',
    );
    await expectAccessible(page, 'directory filtered');

    // A name that matches nothing says so, and offers a way back.
    await search.getByLabel(t('organisations.filters.name'), { exact: true }).fill('Atlantis');
    await search.getByLabel(t('organisations.filters.name'), { exact: true }).press('Enter');
    await page.getByText(t('organisations.directory.noMatch')).waitFor();
    await expectAccessible(page, 'directory, no match');
    await page.getByRole('link', { name: t('organisations.directory.clearFilters') }).click();
    await page.waitForURL((url) => url.pathname === '/organisations' && url.search === '');

    await search
      .getByLabel(t('organisations.filters.kind'))
      .selectOption({ label: t('organisations.kinds.local_authority') });
    await search.getByRole('button', { name: t('common.form.filter') }).click();
    await page.waitForURL(/kind=local_authority/);
    await page.getByRole('link', { name: 'Durban' }).click();
    await page.getByRole('heading', { level: 1, name: 'Durban' }).waitFor();
    await page.getByText('KwaZulu-Natal').waitFor();
    assert.equal(await page.getByRole('link', { name: t('organisations.page.edit') }).count(), 0);
    await expectAccessible(page, 'organisation');
  });

  it('the directory and an organisation page read right to left in Arabic and fit 360 px', async () => {
    const page = await e2e.browser.newPage({ lang: 'ar', width: 360 });
    await visit(page, '/organisations');
    assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
    await page
      .getByRole('heading', { level: 1, name: t('organisations.directory.title', 'ar') })
      .waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'directory');
    await visit(page, `/organisations/${e2e.seeded.antwerp.slug}`);
    await page.getByText(t('organisations.partnerBadge', 'ar')).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'organisation');
  });

  it('a coordinator adds an organisation, fixing a mistake on the way', async () => {
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, e2e.seeded.coordinator);
    const page = await context.newPage();
    await visit(page, '/organisations');
    await page.getByRole('link', { name: t('organisations.directory.add') }).click();
    await page
      .getByRole('heading', { level: 1, name: t('organisations.form.createTitle') })
      .waitFor();
    await expectAccessible(page, 'new organisation');

    await page
      .getByLabel(t('organisations.form.kind'))
      .selectOption({ label: t('organisations.kinds.local_authority') });
    await page.getByLabel(t('organisations.form.name'), { exact: true }).fill('Płock');
    await page.getByLabel(t('organisations.form.population')).fill('about 120,000');
    await page.getByRole('button', { name: t('common.form.save') }).click();

    // A city needs a country, and the population must be a number: both said beside their fields.
    const country = page.getByLabel(t('organisations.form.country'));
    const population = page.getByLabel(t('organisations.form.population'));
    await page.getByRole('alert').waitFor();
    await expectFieldError(country, t('organisations.errors.countryRequired'));
    await expectFieldError(population, t('organisations.errors.populationInvalid'));
    assert.equal(
      await page.getByLabel(t('organisations.form.name'), { exact: true }).inputValue(),
      'Płock',
    );
    await expectAccessible(page, 'new organisation with errors');

    await country.selectOption('PL');
    await population.fill('120000');
    await page.getByLabel(t('organisations.form.region'), { exact: true }).fill('Masovia');
    await page.getByLabel(t('organisations.form.languages'), { exact: true }).fill('pl');
    await page.getByRole('button', { name: t('common.form.save') }).click();

    await page.getByRole('status').getByText(t('organisations.notices.created')).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Płock' }).waitFor();
    await page.getByText('Masovia').waitFor();
    await expectAccessible(page, 'organisation created');

    await page.getByRole('link', { name: t('organisations.page.edit') }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: t('organisations.form.editTitle', 'en', { name: 'Płock' }),
      })
      .waitFor();
    await expectAccessible(page, 'edit organisation');
    await page
      .getByLabel(t('organisations.form.description'))
      .fill('A city on the Vistula that took part in the first course in 2013.');
    await page.getByRole('button', { name: t('common.form.save') }).click();
    await page.getByRole('status').getByText(t('organisations.notices.updated')).waitFor();
    await page.getByText('A city on the Vistula').waitFor();

    await visit(page, '/organisations?kind=local_authority');
    assert.ok((await resultNames(page)).includes('Płock'));
  });

  it('a learner cannot open the organisation form', async () => {
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, await createOfficial(e2e.server.deps));
    const page = await context.newPage();
    await visit(page, '/organisations');
    assert.equal(
      await page.getByRole('link', { name: t('organisations.directory.add') }).count(),
      0,
    );
    await visit(page, '/organisations/new', 403);
    await page.getByText(t('organisations.errors.forbidden')).waitFor();
    await expectAccessible(page, '403');
  });

  it('a long directory pages through with the filters kept', async () => {
    await createOrganisations(
      e2e.server.deps,
      Array.from({ length: 60 }, (_, i) => ({
        name: `Pagination Network ${String(i + 1).padStart(2, '0')}`,
        kind: 'ngo' as const,
      })),
    );
    const page = await e2e.browser.newPage();
    await visit(page, '/organisations?q=Pagination');
    const first = await resultNames(page);
    assert.equal(first.length, 50);
    const pages = page.getByRole('navigation', { name: t('common.pagination.label') });
    await pages.getByRole('link', { name: t('common.pagination.next') }).click();
    await page.waitForURL(/after=/);
    const second = await resultNames(page);
    assert.equal(second.length, 10);
    assert.ok(
      second.every((name) => !first.includes(name)),
      'no organisation appears twice',
    );
    assert.equal(
      await page
        .getByRole('search')
        .getByLabel(t('organisations.filters.name'), { exact: true })
        .inputValue(),
      'Pagination',
    );
    await expectAccessible(page, 'directory, second page');
    await pages.getByRole('link', { name: t('organisations.directory.firstPage') }).click();
    await page.waitForURL((url) => !url.search.includes('after='));
    assert.deepEqual(await resultNames(page), first);
  });
});
