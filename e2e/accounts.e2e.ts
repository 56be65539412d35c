import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createOfficial } from '../test/factories/officials.ts';
import { createCity } from '../test/factories/organisations.ts';
import { expectSignedInAs, signInThroughForm } from './support/accounts.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import { linkIn, newestEmailTo } from './support/mail.ts';
import {
  documentLanguage,
  expectFieldError,
  expectNoHorizontalScroll,
  focused,
  visit,
} from './support/page.ts';
import { t } from './support/text.ts';

const NEW_PASSWORD = 'a quiet harbour at dawn 7';

describe('accounts: sign-up, sign-in and out, password reset', () => {
  const e2e = useE2E(async (server) => {
    const city = await createCity(server.deps, { name: 'Durban' });
    const forgetful = await createOfficial(server.deps, { name: 'Thabo Nkosi' });
    return { city, forgetful };
  });

  it('a visitor signs up (with one mistake on the way), signs out and signs in again', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/');
    await page
      .getByRole('banner')
      .getByRole('link', { name: t('common.signUp') })
      .click();
    await page.getByRole('heading', { level: 1, name: t('accounts.signUp.title') }).waitFor();
    await expectAccessible(page, 'sign-up');

    const email = 'amina.diallo@dakar.example.org';
    await page.getByLabel(t('accounts.fields.name'), { exact: true }).fill('Amina Diallo');
    await page.getByLabel(t('accounts.fields.email'), { exact: true }).fill(email);
    await page.getByLabel(t('accounts.fields.password'), { exact: true }).fill('too short');
    await page.getByLabel(t('accounts.fields.language')).selectOption({ label: 'Français' });
    await page.getByLabel(t('accounts.fields.organisation')).selectOption({ label: 'Durban' });
    await page.getByRole('button', { name: t('accounts.signUp.submit') }).click();

    // The form comes back with the message beside the password and everything else kept.
    const password = page.getByLabel(t('accounts.fields.password'), { exact: true });
    await page.getByRole('alert').getByText(t('accounts.errors.passwordTooShort')).waitFor();
    await expectFieldError(password, t('accounts.errors.passwordTooShort'));
    assert.equal(await password.inputValue(), '', 'a password is never sent back');
    assert.equal(
      await page.getByLabel(t('accounts.fields.name'), { exact: true }).inputValue(),
      'Amina Diallo',
    );
    assert.equal(
      await page.getByLabel(t('accounts.fields.email'), { exact: true }).inputValue(),
      email,
    );
    assert.equal(await page.getByLabel(t('accounts.fields.language')).inputValue(), 'fr');
    assert.equal(
      await page.getByLabel(t('accounts.fields.organisation')).inputValue(),
      String(e2e.seeded.city.id),
    );
    await expectAccessible(page, 'sign-up with errors');

    // The error summary links to the field it names.
    await page
      .getByRole('alert')
      .getByRole('link', { name: t('accounts.errors.passwordTooShort') })
      .click();
    assert.equal((await focused(page)).id, 'field-password');
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Enter');

    // Signed in, and the interface now speaks the chosen language.
    await expectSignedInAs(page, 'Amina Diallo');
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal((await documentLanguage(page)).lang, 'fr');
    await expectAccessible(page, 'home, signed in');
    const welcome = await newestEmailTo(e2e.server, email);
    assert.equal(welcome.kind, 'welcome');

    await page.getByRole('button', { name: t('common.signOut', 'fr') }).click();
    await page
      .getByRole('banner')
      .getByRole('link', { name: t('common.signIn') })
      .waitFor();
    assert.equal(await page.getByRole('link', { name: 'Amina Diallo' }).count(), 0);

    await page
      .getByRole('banner')
      .getByRole('link', { name: t('common.signIn') })
      .click();
    await page.getByRole('heading', { level: 1, name: t('accounts.signIn.title') }).waitFor();
    await expectAccessible(page, 'sign-in');
    await signInThroughForm(page, email, 'not the password at all');
    await page.getByRole('alert').getByText(t('accounts.errors.badCredentials')).waitFor();
    assert.equal(
      await page.getByLabel(t('accounts.fields.email'), { exact: true }).inputValue(),
      email,
    );
    await expectAccessible(page, 'sign-in with an error');
    await signInThroughForm(page, email, NEW_PASSWORD);
    await expectSignedInAs(page, 'Amina Diallo');
  });

  it('an official who forgot the password resets it through the e-mailed link', async () => {
    const { forgetful } = e2e.seeded;
    const page = await e2e.browser.newPage();
    await visit(page, '/sign-in');
    await page.getByRole('link', { name: t('accounts.signIn.forgot') }).click();
    await page.getByRole('heading', { level: 1, name: t('accounts.forgot.title') }).waitFor();
    await expectAccessible(page, 'forgot password');
    await page.getByLabel(t('accounts.fields.email'), { exact: true }).fill(forgetful.email);
    await page.getByRole('button', { name: t('accounts.forgot.submit') }).click();
    await page.getByRole('status').getByText(t('accounts.notices.resetSent')).waitFor();
    await expectAccessible(page, 'forgot password, sent');

    const email = await newestEmailTo(e2e.server, forgetful.email);
    assert.equal(email.subject, t('accounts.email.reset.subject'));
    const link = linkIn(email, e2e.server, '/reset-password/');
    await visit(page, link);
    await page.getByRole('heading', { level: 1, name: t('accounts.reset.title') }).waitFor();
    await expectAccessible(page, 'reset password');

    await page.getByLabel(t('accounts.fields.newPassword'), { exact: true }).fill(NEW_PASSWORD);
    await page
      .getByLabel(t('accounts.fields.confirmation'), { exact: true })
      .fill('something else entirely');
    await page.getByRole('button', { name: t('accounts.reset.submit') }).click();
    await page.getByRole('alert').getByText(t('accounts.errors.passwordMismatch')).waitFor();
    await expectAccessible(page, 'reset password with errors');
    await page.getByLabel(t('accounts.fields.newPassword'), { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel(t('accounts.fields.confirmation'), { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: t('accounts.reset.submit') }).click();

    await page.getByRole('status').getByText(t('accounts.notices.passwordReset')).waitFor();
    await signInThroughForm(page, forgetful.email, NEW_PASSWORD);
    await expectSignedInAs(page, forgetful.name);

    // The link worked once only.
    const again = await e2e.browser.newPage();
    await visit(again, link, 404);
    await again
      .getByRole('heading', { level: 1, name: t('accounts.reset.invalidTitle') })
      .waitFor();
    await expectAccessible(again, 'used reset link');
  });

  it('the sign-up, sign-in and forgotten-password forms read right to left in Arabic and pass axe', async () => {
    const visitor = await e2e.browser.newPage({ lang: 'ar' });
    for (const [url, title] of [
      ['/sign-up', 'accounts.signUp.title'],
      ['/sign-in', 'accounts.signIn.title'],
      ['/forgot-password', 'accounts.forgot.title'],
    ] as const) {
      await visit(visitor, url);
      await visitor.getByRole('heading', { level: 1, name: t(title, 'ar') }).waitFor();
      await expectAccessible(visitor, url);
    }
  });

  it('at 360 px the sign-up form does not scroll sideways and the skip link comes first', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const page = await e2e.browser.newPage({ width: 360, lang });
      await visit(page, '/sign-up');
      await expectNoHorizontalScroll(page);
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).text, t('common.skipToContent', lang));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      // From main, the next Tab stop is the first field of the form.
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).id, 'field-name');
    }
  });

  it('without JavaScript an official signs in and out', async () => {
    const official = await createOfficial(e2e.server.deps, { name: 'Marta Kowalska' });
    const page = await e2e.browser.newPage({ javaScript: false });
    await visit(page, '/sign-in');
    await signInThroughForm(page, official.email, official.password);
    await expectSignedInAs(page, official.name);
    await page.getByRole('button', { name: t('common.signOut') }).click();
    await page
      .getByRole('banner')
      .getByRole('link', { name: t('common.signIn') })
      .waitFor();
    await visit(page, '/account');
    assert.equal(new URL(page.url()).pathname, '/sign-in');
  });
});
