import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEvent } from '../test/factories/events.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createOrganisation } from '../test/factories/organisations.ts';
import { createThemes } from '../test/factories/themes.ts';
import { expectAccessible } from './support/axe.ts';
import { themeName } from './support/cityshare.ts';
import { useE2E } from './support/harness.ts';
import { linkIn, newestEmailTo } from './support/mail.ts';
import { expectNoHorizontalScroll, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// The expert directory in a browser: an official creates a profile, a coordinator approves it,
// a visitor finds it by sector, a facilitator invites the expert to an event they facilitate,
// and the expert accepts and is listed as a speaker. The journeys run in order.

const EXPERT = 'Amina Haddad';
const EVENT = 'Reception policies round table';
const BIOGRAPHY = 'Twenty years of work on **refugee reception** in Mediterranean cities.';

describe('experts: profile, approval, directory, invitation', () => {
  const e2e = useE2E(async (server) => {
    const { deps } = server;
    await createThemes(deps);
    const university = await createOrganisation(deps, {
      name: 'University of Tunis',
      kind: 'academic',
    });
    const partner = await createOrganisation(deps, { name: 'Mediterranean Cities Network' });
    const official = await createOfficial(deps, { name: EXPERT, organisationId: university.id });
    const coordinator = await createOfficial(deps, { roles: ['coordinator'] });
    const facilitator = await createOfficial(deps, {
      name: 'Farid Facilitator',
      roles: ['facilitator'],
    });
    const event = await createEvent(deps, {
      organisationId: partner.id,
      title: EVENT,
      facilitatorIds: [facilitator.id],
    });
    return { official, coordinator, facilitator, event };
  });

  it('an official creates their expert profile, which waits for review', async () => {
    const context = await e2e.browser.newContext({ width: 360 });
    await signInAs(e2e.server, context, e2e.seeded.official);
    const page = await context.newPage();
    await visit(page, '/experts');
    await page.getByRole('link', { name: exactly(t('experts.list.create')) }).click();
    await page.getByRole('heading', { level: 1, name: t('experts.form.newTitle') }).waitFor();
    await expectAccessible(page, 'expert profile form');
    await expectNoHorizontalScroll(page);
    await page.getByLabel(t('experts.fields.sector')).selectOption('academic');
    await page.getByRole('checkbox', { name: themeName('social-cohesion') }).check();
    await page.getByRole('checkbox', { name: 'Arabic' }).check();
    await page.getByLabel(t('experts.form.biography', 'en', { max: '2,000' })).fill(BIOGRAPHY);
    await page.getByRole('button', { name: t('experts.form.create') }).click();
    await page.getByRole('status').getByText(t('experts.notices.created')).waitFor();
    await page.getByRole('heading', { level: 1, name: EXPERT }).waitFor();
    await page.getByText(t('experts.statuses.pending'), { exact: false }).waitFor();
    await expectAccessible(page, 'pending expert profile');
    await context.close();
  });

  it('a coordinator approves it from the review queue', async () => {
    const email = await newestEmailTo(e2e.server, await emailOf(e2e.seeded.coordinator.id));
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, e2e.seeded.coordinator);
    const page = await context.newPage();
    await page.goto(linkIn(email, e2e.server, '/review/experts'));
    await page.getByRole('heading', { level: 1, name: t('experts.review.title') }).waitFor();
    await expectAccessible(page, 'expert review queue');
    await page
      .getByRole('button', { name: exactly(t('experts.review.approve', 'en', { name: EXPERT })) })
      .click();
    await page.getByRole('status').getByText(t('experts.notices.approved')).waitFor();
    await page.getByText(t('experts.review.empty')).waitFor();
    await context.close();
  });

  it('a visitor finds the expert in the directory by sector', async () => {
    const context = await e2e.browser.newContext({ width: 360 });
    const page = await context.newPage();
    await visit(page, '/experts');
    await page.getByLabel(t('experts.fields.sector')).selectOption('policy_maker');
    await page.getByRole('button', { name: t('common.form.filter') }).click();
    await page.getByText(t('experts.list.noMatch')).waitFor();
    await page.getByLabel(t('experts.fields.sector')).selectOption('academic');
    await page.getByRole('button', { name: t('common.form.filter') }).click();
    await page.getByRole('link', { name: EXPERT }).waitFor();
    assert.match(page.url(), /sector=academic/);
    await expectAccessible(page, 'expert directory');
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: EXPERT }).click();
    await page.getByRole('heading', { level: 1, name: EXPERT }).waitFor();
    await page.getByText('refugee reception').waitFor();
    await expectAccessible(page, 'expert page');
    await context.close();
  });

  it('a facilitator invites the expert to an event they facilitate; the expert accepts', async () => {
    const { facilitator, official, event } = e2e.seeded;
    const inviterContext = await e2e.browser.newContext();
    await signInAs(e2e.server, inviterContext, facilitator);
    const inviter = await inviterContext.newPage();
    await visit(inviter, '/experts?sector=academic');
    await inviter.getByRole('link', { name: EXPERT }).click();
    const select = inviter.getByLabel(t('experts.invite.subject'));
    const option = await select.locator('option', { hasText: EVENT }).getAttribute('value');
    await select.selectOption(option!);
    await inviter.getByLabel(t('experts.invite.message')).fill('Would you open the round table?');
    await expectAccessible(inviter, 'expert page with the invitation form');
    await inviter.getByRole('button', { name: t('experts.invite.submit') }).click();
    await inviter.getByRole('status').getByText(t('experts.notices.invited')).waitFor();

    const email = await newestEmailTo(e2e.server, await emailOf(official.id));
    const context = await e2e.browser.newContext({ width: 360 });
    await signInAs(e2e.server, context, official);
    const page = await context.newPage();
    await page.goto(linkIn(email, e2e.server, '/experts/invitations'));
    await page.getByRole('heading', { level: 1, name: t('experts.invitations.title') }).waitFor();
    await page.getByText('Would you open the round table?').waitFor();
    await expectAccessible(page, 'invitations');
    await expectNoHorizontalScroll(page);
    await page
      .getByRole('button', {
        name: exactly(t('experts.invitations.accept', 'en', { title: EVENT })),
      })
      .click();
    await page.getByRole('status').getByText(t('experts.notices.accepted')).waitFor();
    await page.getByText(t('experts.invitations.statuses.accepted'), { exact: true }).waitFor();

    await visit(page, `/events/${event.slug}`);
    await page
      .getByRole('region', { name: t('events.page.speakers') })
      .getByText(EXPERT)
      .waitFor();
    await inviterContext.close();
    await context.close();
  });

  async function emailOf(id: number): Promise<string> {
    const row = await e2e.server.deps.db
      .selectFrom('users')
      .select('email')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return row.email;
  }
});
