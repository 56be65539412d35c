import type { Page } from 'playwright-core';
import type { Language } from '../../src/web/i18n.ts';
import { exactly, t } from './text.ts';

// Signing in as a person does, and seeing that it worked.

/** Waits until the header's account menu shows the official's name (a link to their account). */
export async function expectSignedInAs(page: Page, name: string): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('link', { name: exactly(name) })
    .waitFor();
}

/** Fills and sends the sign-in form of the current page. */
export async function signInThroughForm(
  page: Page,
  email: string,
  password: string,
  lang: Language = 'en',
): Promise<void> {
  await page.getByLabel(t('accounts.fields.email', lang), { exact: true }).fill(email);
  await page.getByLabel(t('accounts.fields.password', lang), { exact: true }).fill(password);
  await page.getByRole('button', { name: t('accounts.signIn.submit', lang) }).click();
}
