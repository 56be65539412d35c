import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_CITIES } from '../src/db/seed/demo-cities.ts';
import { DEMO_EXPERTS } from '../src/db/seed/demo-experts.ts';
import { DEMO_OFFICIALS, DEMO_PASSWORD } from '../src/db/seed/demo-officials.ts';
import { DEMO_PARTNERS } from '../src/db/seed/demo-organisations.ts';
import { seedDemo } from '../src/db/seed/seed.ts';
import { expectSignedInAs, signInThroughForm } from './support/accounts.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import { documentLanguage, visit } from './support/page.ts';
import { exactly, t } from './support/text.ts';

// The demo data is what a first visitor sees: the real partners and cities of the platform's first
// years, and invented officials (marked as demo data) with names in several scripts. The pages must
// work and pass axe with it too.

describe('the demo site', () => {
  const e2e = useE2E(async (server) => {
    const seeded = await seedDemo(server.deps);
    assert.ok(seeded, 'the demo data loads into an empty database');
  });

  it('a visitor browses the demo cities and partners', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/organisations');
    const results = page.getByRole('region', { name: t('organisations.directory.results') });
    assert.equal(
      await results.getByRole('listitem').count(),
      DEMO_PARTNERS.length + DEMO_CITIES.length,
    );
    await expectAccessible(page, 'demo directory');
    await results.getByRole('link', { name: 'Płock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Płock' }).waitFor();
    await expectAccessible(page, 'demo city');
    await visit(page, '/organisations/iom');
    await expectAccessible(page, 'demo partner');

    const arabic = await e2e.browser.newPage({ lang: 'ar' });
    for (const url of ['/organisations', '/organisations/durban']) {
      await visit(arabic, url);
      await expectAccessible(arabic, 'demo');
    }
  });

  it('the demo administrator signs in with the published password and sees the officials', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/');
    await page
      .getByRole('banner')
      .getByRole('link', { name: t('common.signIn') })
      .click();
    await signInThroughForm(page, 'admin@demo.lphm.example', DEMO_PASSWORD);
    await expectSignedInAs(page, 'Ingrid Vermeulen');
    await page
      .getByRole('banner')
      .getByRole('link', { name: t('common.nav.admin') })
      .click();
    await page.getByRole('heading', { level: 1, name: t('admin.users.title') }).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'ليلى المنصوري' }).waitFor();
    await table.getByRole('link', { name: '王晓梅' }).waitFor();
    assert.equal(
      await table.getByText(exactly(t('common.demoData'))).count(),
      // The demo officials and those made for demo experts (the others are demo learners).
      DEMO_OFFICIALS.length + DEMO_EXPERTS.filter((x) => x.name !== undefined).length,
    );
    await expectAccessible(page, 'demo admin users');
    await table.getByRole('link', { name: 'ليلى المنصوري' }).click();
    await page.getByRole('heading', { level: 1, name: /ليلى المنصوري/ }).waitFor();
    await expectAccessible(page, 'demo admin user');
  });

  it('the demo coordinator gets the interface in Arabic, the language of her profile', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/sign-in');
    await signInThroughForm(page, 'coordinator@demo.lphm.example', DEMO_PASSWORD);
    await expectSignedInAs(page, 'ليلى المنصوري');
    assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
    await visit(page, '/organisations');
    await page.getByRole('link', { name: t('organisations.directory.add', 'ar') }).click();
    await page
      .getByRole('heading', { level: 1, name: t('organisations.form.createTitle', 'ar') })
      .waitFor();
    await expectAccessible(page, 'demo coordinator, new organisation');
  });
});
