import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { THEMES } from '../src/features/curriculum/themes.data.ts';
import { LANGUAGE_NAMES } from '../src/web/i18n.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createCity, createOrganisation } from '../test/factories/organisations.ts';
import { register } from '../test/factories/registrations.ts';
import { createThemes } from '../test/factories/themes.ts';
import { expectAccessible } from './support/axe.ts';
import { registrationSection } from './support/events.ts';
import { useE2E } from './support/harness.ts';
import { newestEmailTo } from './support/mail.ts';
import {
  documentLanguage,
  expectFieldError,
  expectNoHorizontalScroll,
  visit,
} from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// An organiser's event from the first draft to its cancellation: created in the editor (with one
// mistake on the way), published, found by a visitor in the calendar; then moved and cancelled,
// and the person registered is told each time. The journeys run in order.

const TITLE = 'Workshop: welcoming newcomers in Durban';
const PARTNER = 'Welcoming Cities Network';

describe('events: the organiser’s editor, publication, changes and cancellation', () => {
  const e2e = useE2E(async (server) => {
    const { deps } = server;
    await createThemes(deps);
    const partner = await createOrganisation(deps, { name: PARTNER, kind: 'ngo', isPartner: true });
    await createCity(deps, { name: 'Durban', country: 'ZA', region: 'KwaZulu-Natal' });
    const organiser = await createOfficial(deps, {
      name: 'Pia Organiser',
      roles: ['partner_editor'],
      partnerOrganisationId: partner.id,
    });
    const participant = await createOfficial(deps, { name: 'Thabo Nkosi' });
    return { organiser, participant, theme: THEMES[0]!.translations.en.name };
  });
  const state: { eventId?: number; slug?: string } = {};

  it('an organiser creates a workshop in the editor, corrects a mistake and publishes it', async () => {
    const { organiser, theme } = e2e.seeded;
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, organiser);
    const page = await context.newPage();
    await visit(page, '/events');
    await page.getByRole('link', { name: exactly(t('events.edit.newTitle')) }).click();
    await page.getByRole('heading', { level: 1, name: t('events.edit.newTitle') }).waitFor();
    await expectAccessible(page, 'new event');

    await page.getByLabel(t('events.edit.title'), { exact: true }).fill(TITLE);
    await page
      .getByLabel(t('events.edit.description'))
      .fill('How the city’s **first desk** greets newcomers.');
    await page
      .getByLabel(t('events.edit.kind'))
      .selectOption({ label: t('events.kinds.workshop') });
    await page.getByLabel(theme, { exact: true }).check();
    await page.getByLabel(PARTNER, { exact: true }).check();
    await page.getByLabel(t('events.edit.time_zone')).selectOption('Africa/Johannesburg');
    await page.getByLabel(t('events.edit.starts_local')).fill('2031-03-10T09:00');
    // The end is before the start: the form says so, and keeps what was typed.
    await page.getByLabel(t('events.edit.ends_local')).fill('2031-03-10T08:00');
    await page.getByLabel(t('events.edit.venue_city_id')).selectOption({ label: 'Durban' });
    await page.getByLabel(t('events.edit.capacity')).fill('25');
    await page.getByRole('button', { name: t('events.edit.create') }).click();
    await page.getByRole('alert').getByText(t('events.errors.endBeforeStart')).waitFor();
    const ends = page.getByLabel(t('events.edit.ends_local'));
    await expectFieldError(ends, t('events.errors.endBeforeStart'));
    assert.equal(
      await page.getByLabel(t('events.edit.title'), { exact: true }).inputValue(),
      TITLE,
    );
    await expectAccessible(page, 'new event with an error');
    await ends.fill('2031-03-10T17:00');
    await page.getByRole('button', { name: t('events.edit.create') }).click();
    await page.getByRole('status').getByText(t('events.edit.notices.created')).waitFor();
    await page.getByRole('heading', { level: 1, name: t('events.edit.editTitle') }).waitFor();
    await expectAccessible(page, 'event editor, draft');

    // 09:00 in Durban is 07:00 UTC.
    const { id, slug, ...saved } = await e2e.server.deps.db
      .selectFrom('events')
      .select(['id', 'slug', 'status', 'starts_at', 'ends_at', 'capacity'])
      .executeTakeFirstOrThrow();
    assert.deepEqual(saved, {
      status: 'draft',
      starts_at: '2031-03-10T07:00:00.000Z',
      ends_at: '2031-03-10T15:00:00.000Z',
      capacity: 25,
    });
    Object.assign(state, { eventId: id, slug });

    await page.getByRole('button', { name: t('events.edit.to.published') }).click();
    await page.getByRole('status').getByText(t('events.edit.notices.published')).waitFor();
    await page.getByRole('link', { name: t('events.edit.view') }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.locator('.prose strong', { hasText: 'first desk' }).waitFor();
    await page
      .getByText(t('events.page.whenLocal', 'en', { zone: 'Africa/Johannesburg' }))
      .waitFor();
    await expectAccessible(page, 'published event, organiser');
  });

  it('a visitor finds the published workshop in the calendar, filtered by its theme', async () => {
    const { theme } = e2e.seeded;
    const page = await e2e.browser.newPage();
    await visit(page, '/events');
    await page.getByLabel(t('events.filters.theme')).selectOption({ label: theme });
    await page.getByRole('button', { name: t('common.form.filter') }).click();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await registrationSection(page)
      .getByText(t('events.page.seatsLeft', 'en', { left: '25', capacity: '25' }))
      .waitFor();
  });

  it('the organiser moves the workshop, then cancels it; the participant is told each time', async () => {
    const { organiser, participant } = e2e.seeded;
    assert.ok(state.eventId && state.slug, 'the first journey created the event');
    await register(e2e.server.deps, state.eventId, participant.id);
    const context = await e2e.browser.newContext({ width: 360 });
    await signInAs(e2e.server, context, organiser);
    const page = await context.newPage();
    await visit(page, `/events/${state.slug}`);
    await page.getByRole('link', { name: t('events.page.edit') }).click();
    await page.getByRole('heading', { level: 1, name: t('events.edit.editTitle') }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'event editor (360 px)');
    await page.getByLabel(t('events.edit.starts_local')).fill('2031-03-11T09:00');
    await page.getByLabel(t('events.edit.ends_local')).fill('2031-03-11T17:00');
    await page.getByRole('button', { name: t('events.edit.save') }).click();
    await page.getByRole('status').getByText(t('events.edit.notices.saved')).waitFor();
    assert.equal(
      (await newestEmailTo(e2e.server, participant.email)).subject,
      t('registrations.email.changed.subject', 'en', { event: TITLE }),
    );

    await page.getByRole('button', { name: t('events.edit.to.cancelled') }).click();
    await page.getByRole('status').getByText(t('events.edit.notices.cancelled')).waitFor();
    assert.equal(
      (await newestEmailTo(e2e.server, participant.email)).subject,
      t('registrations.email.cancelled.subject', 'en', { event: TITLE }),
    );

    // The participant sees the event cancelled, in Arabic on a small phone.
    const phone = await e2e.browser.newContext({ width: 360, lang: 'ar' });
    await signInAs(e2e.server, phone, participant);
    const arabic = await phone.newPage();
    await visit(arabic, `/events/${state.slug}`);
    await arabic.getByRole('link', { name: LANGUAGE_NAMES.ar }).click();
    await arabic.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    assert.deepEqual(await documentLanguage(arabic), { lang: 'ar', dir: 'rtl' });
    await registrationSection(arabic, 'ar')
      .getByText(t('registrations.errors.cancelled', 'ar'))
      .waitFor();
    await expectNoHorizontalScroll(arabic);
    await expectAccessible(arabic, 'cancelled event (ar, 360 px)');
  });
});
