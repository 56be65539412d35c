import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createOfficial } from '../test/factories/officials.ts';
import { createCity } from '../test/factories/organisations.ts';
import { expectSignedInAs } from './support/accounts.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import { documentLanguage, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { t } from './support/text.ts';

const NEW_PASSWORD = 'a quiet harbour at dawn 7';

describe('account pages: profile, password, sessions', () => {
  const e2e = useE2E(async (server) => {
    const city = await createCity(server.deps, { name: 'Durban' });
    const owner = await createOfficial(server.deps, {
      name: 'Olga Petrova',
      organisationId: city.id,
    });
    return { owner };
  });

  it('an official edits the profile, changes the password and signs out another browser', async () => {
    const { owner } = e2e.seeded;
    const phone = await e2e.browser.newContext({ width: 360 });
    await signInAs(e2e.server, phone, owner);
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, owner);
    const page = await context.newPage();

    await visit(page, '/account');
    await page.getByRole('heading', { level: 1, name: t('accounts.account.title') }).waitFor();
    assert.equal(
      await page.getByLabel(t('accounts.fields.name'), { exact: true }).inputValue(),
      owner.name,
    );
    await expectAccessible(page, 'account');
    await page
      .getByLabel(`${t('accounts.fields.position')} (${t('common.form.optional')})`)
      .fill('Migration policy officer');
    await page.getByRole('button', { name: t('accounts.account.save') }).click();
    await page.getByRole('status').getByText(t('accounts.notices.profileSaved')).waitFor();
    assert.equal(
      await page
        .getByLabel(`${t('accounts.fields.position')} (${t('common.form.optional')})`)
        .inputValue(),
      'Migration policy officer',
    );

    const sections = page.getByRole('navigation', { name: t('accounts.account.nav.label') });
    await sections.getByRole('link', { name: t('accounts.account.nav.password') }).click();
    await page.getByRole('heading', { level: 1, name: t('accounts.password.title') }).waitFor();
    await expectAccessible(page, 'change password');
    await page
      .getByLabel(t('accounts.fields.currentPassword'), { exact: true })
      .fill('wrong current password');
    await page.getByLabel(t('accounts.fields.newPassword'), { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel(t('accounts.fields.confirmation'), { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: t('accounts.password.submit') }).click();
    await page.getByText(t('accounts.errors.currentPasswordWrong')).first().waitFor();
    await expectAccessible(page, 'change password with errors');

    await page
      .getByLabel(t('accounts.fields.currentPassword'), { exact: true })
      .fill(owner.password);
    await page.getByLabel(t('accounts.fields.newPassword'), { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel(t('accounts.fields.confirmation'), { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: t('accounts.password.submit') }).click();
    await page.getByRole('status').getByText(t('accounts.notices.passwordChanged')).waitFor();
    await expectSignedInAs(page, owner.name);

    // Changing the password signed the phone out.
    const phonePage = await phone.newPage();
    await visit(phonePage, '/account');
    assert.equal(new URL(phonePage.url()).pathname, '/sign-in');
  });

  it('an official sees where they are signed in and signs another browser out', async () => {
    const official = await createOfficial(e2e.server.deps, { name: 'Jan Peeters' });
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, official);
    const laptop = await e2e.browser.newContext();
    await signInAs(e2e.server, laptop, official);
    const page = await context.newPage();
    await visit(page, '/account');
    await page
      .getByRole('navigation', { name: t('accounts.account.nav.label') })
      .getByRole('link', { name: t('accounts.account.nav.sessions') })
      .click();
    await page.getByRole('heading', { level: 1, name: t('accounts.sessions.title') }).waitFor();
    await expectAccessible(page, 'sessions');
    await page.getByRole('rowheader').getByText(t('accounts.sessions.current')).waitFor();
    const revoke = page.getByRole('button', { name: t('accounts.sessions.revoke') });
    assert.equal(await revoke.count(), 1);
    await revoke.click();
    await page.getByRole('status').getByText(t('accounts.notices.sessionEnded')).waitFor();
    assert.equal(
      await page.getByRole('button', { name: t('accounts.sessions.revoke') }).count(),
      0,
    );
    const laptopPage = await laptop.newPage();
    await visit(laptopPage, '/account/sessions');
    assert.equal(new URL(laptopPage.url()).pathname, '/sign-in');

    // The profile says English; the header's language link overrides it.
    await page.getByRole('link', { name: 'العربية' }).click();
    await page
      .getByRole('heading', { level: 1, name: t('accounts.sessions.title', 'ar') })
      .waitFor();
    assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
    await expectAccessible(page, 'sessions');
  });

  it('the account pages read right to left in Arabic and pass axe', async () => {
    const context = await e2e.browser.newContext({ lang: 'ar' });
    const official = await createOfficial(e2e.server.deps, {
      name: 'ليلى حداد',
      preferredLanguage: 'ar',
    });
    await signInAs(e2e.server, context, official);
    const page = await context.newPage();
    for (const [url, title] of [
      ['/account', 'accounts.account.title'],
      ['/account/password', 'accounts.password.title'],
    ] as const) {
      await visit(page, url);
      await page.getByRole('heading', { level: 1, name: t(title, 'ar') }).waitFor();
      assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
      await expectAccessible(page, url);
    }
  });
});
