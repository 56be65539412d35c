import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resumeSession } from '../src/features/accounts/sessions.service.ts';
import { SESSION_COOKIE } from '../src/web/context.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createCity } from '../test/factories/organisations.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import { documentLanguage, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';
import type { BrowserContext } from 'playwright-core';

describe('administration: officials, roles, outbox', () => {
  const e2e = useE2E(async (server) => {
    const city = await createCity(server.deps, { name: 'Diourbel', country: 'SN' });
    const admin = await createOfficial(server.deps, { name: 'Grace Admin', roles: ['admin'] });
    const fatou = await createOfficial(server.deps, {
      name: 'Fatou Ndiaye',
      organisationId: city.id,
      position: 'Head of social affairs',
    });
    await createOfficial(server.deps, { name: 'Fatima Zahra' });
    await createOfficial(server.deps, { name: 'Pieter Janssens' });
    return { admin, fatou };
  });

  /** The roles of the official signed in in `context`, as the server sees that session now. */
  async function rolesOfSession(context: BrowserContext): Promise<string[]> {
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    assert.ok(cookie, 'the context has a session cookie');
    const { config, db } = e2e.server.deps;
    const session = await resumeSession(
      db,
      { idleMinutes: config.SESSION_IDLE_MINUTES, absoluteHours: config.SESSION_ABSOLUTE_HOURS },
      cookie.value,
    );
    assert.ok(session, 'the session is live');
    return [...session.actor.roles].sort();
  }

  it('an admin finds an official and makes them a facilitator, then a coordinator', async () => {
    const { admin, fatou } = e2e.seeded;
    // Fatou is signed in elsewhere while the admin works: her session picks up the new roles.
    const fatouContext = await e2e.browser.newContext();
    await signInAs(e2e.server, fatouContext, fatou);
    const fatouPage = await fatouContext.newPage();
    await visit(fatouPage, '/organisations/new', 403);

    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, admin);
    const page = await context.newPage();
    await visit(page, '/');
    await page
      .getByRole('banner')
      .getByRole('link', { name: t('common.nav.admin') })
      .click();
    await page.getByRole('heading', { level: 1, name: t('admin.users.title') }).waitFor();
    await expectAccessible(page, 'admin users');

    const search = page.getByRole('search').getByLabel(t('admin.users.search'));
    await search.fill('fat');
    await search.press('Enter');
    await page.waitForURL(/q=fat/);
    const rows = page.getByRole('table').getByRole('rowheader');
    assert.deepEqual((await rows.allTextContents()).map((s) => s.trim()).sort(), [
      'Fatima Zahra',
      'Fatou Ndiaye',
    ]);
    await search.fill('ndiaye');
    await search.press('Enter');
    await page.waitForURL(/q=ndiaye/);
    assert.equal(await rows.count(), 1);
    await expectAccessible(page, 'admin users, searched');

    await page.getByRole('link', { name: 'Fatou Ndiaye' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fatou Ndiaye' }).waitFor();
    await page.getByText('Head of social affairs').waitFor();
    await expectAccessible(page, 'admin user');

    const addRole = page.getByRole('form', { name: t('admin.user.addRoleTitle') });
    // Submitting without a role is refused beside the field.
    await addRole.getByRole('button', { name: t('admin.user.addRole') }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'admin user, add-role error');

    await addRole
      .getByLabel(t('admin.user.role'))
      .selectOption({ label: t('admin.roles.facilitator') });
    await addRole.getByRole('button', { name: t('admin.user.addRole') }).click();
    await page.getByRole('status').getByText(t('admin.notices.roleAdded')).waitFor();
    const roles = page.getByRole('region', { name: t('admin.user.rolesTitle') });
    await roles
      .getByRole('listitem')
      .getByText(exactly(t('admin.roles.facilitator')))
      .waitFor();
    await roles
      .getByRole('button', {
        name: t('admin.user.removeRoleNamed', 'en', { role: t('admin.roles.facilitator') }),
      })
      .waitFor();
    await page
      .getByText(t('admin.audit.roleAdded', 'en', { role: t('admin.roles.facilitator') }))
      .waitFor();
    assert.deepEqual(await rolesOfSession(fatouContext), ['facilitator']);

    // A coordinator may add organisations: Fatou can open the form at once, without signing in again.
    await addRole
      .getByLabel(t('admin.user.role'))
      .selectOption({ label: t('admin.roles.coordinator') });
    await addRole.getByRole('button', { name: t('admin.user.addRole') }).click();
    await page.getByRole('status').getByText(t('admin.notices.roleAdded')).waitFor();
    await visit(fatouPage, '/organisations/new');
    await fatouPage
      .getByRole('heading', { level: 1, name: t('organisations.form.createTitle') })
      .waitFor();
    assert.deepEqual(await rolesOfSession(fatouContext), ['coordinator', 'facilitator']);

    // Back in the list, the roles column says so.
    await page.getByRole('link', { name: t('admin.user.back') }).click();
    await page
      .getByRole('row', { name: /Fatou Ndiaye/ })
      .getByText(`${t('admin.roles.coordinator')}, ${t('admin.roles.facilitator')}`)
      .or(
        page
          .getByRole('row', { name: /Fatou Ndiaye/ })
          .getByText(`${t('admin.roles.facilitator')}, ${t('admin.roles.coordinator')}`),
      )
      .waitFor();
  });

  it('an admin reads a password-reset e-mail in the outbox', async () => {
    const { admin, fatou } = e2e.seeded;
    const visitor = await e2e.browser.newPage();
    await visit(visitor, '/forgot-password');
    await visitor.getByLabel(t('accounts.fields.email'), { exact: true }).fill(fatou.email);
    await visitor.getByRole('button', { name: t('accounts.forgot.submit') }).click();
    await visitor.getByRole('status').waitFor();

    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, admin);
    const page = await context.newPage();
    await visit(page, '/admin/users');
    await page
      .getByRole('navigation', { name: t('admin.nav.label') })
      .getByRole('link', { name: t('admin.nav.outbox') })
      .click();
    await page.getByRole('heading', { level: 1, name: t('admin.outbox.title') }).waitFor();
    await expectAccessible(page, 'admin outbox');

    const recipient = page.getByRole('search').getByLabel(t('admin.outbox.recipient'));
    await recipient.fill(fatou.email);
    await recipient.press('Enter');
    await page.waitForURL(/to=/);
    await page.getByRole('link', { name: t('accounts.email.reset.subject') }).click();
    await page
      .getByRole('heading', { level: 1, name: t('accounts.email.reset.subject') })
      .waitFor();
    await page.getByText(`${e2e.server.baseURL}/reset-password/`).waitFor();
    await expectAccessible(page, 'admin e-mail');
  });

  it('the admin pages read right to left in Arabic and pass axe', async () => {
    const context = await e2e.browser.newContext({ lang: 'ar' });
    const admin = await createOfficial(e2e.server.deps, {
      name: 'سلمى المدير',
      roles: ['admin'],
      preferredLanguage: 'ar',
    });
    await signInAs(e2e.server, context, admin);
    const page = await context.newPage();
    for (const [url, title] of [
      ['/admin/users', t('admin.users.title', 'ar')],
      [`/admin/users/${e2e.seeded.fatou.id}`, 'Fatou Ndiaye'],
      ['/admin/outbox', t('admin.outbox.title', 'ar')],
    ] as const) {
      await visit(page, url);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
      await expectAccessible(page, url);
    }
  });

  it('an official who is not an admin is refused the admin pages', async () => {
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, e2e.seeded.fatou);
    const page = await context.newPage();
    await visit(page, '/');
    assert.equal(await page.getByRole('link', { name: t('common.nav.admin') }).count(), 0);
    await visit(page, '/admin/users', 403);
    await expectAccessible(page, '403');
  });
});
