import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEvent } from '../test/factories/events.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createCity, createOrganisation } from '../test/factories/organisations.ts';
import { expectAccessible } from './support/axe.ts';
import { daysAhead, registrationSection } from './support/events.ts';
import { useE2E } from './support/harness.ts';
import { newestEmailTo } from './support/mail.ts';
import { documentLanguage, expectNoHorizontalScroll, focused, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// Places at events: a full event's waiting list and the promotion when a seat frees (two
// browsers); the calendar and an event page in Arabic on a small phone, registering by keyboard;
// and a browser without JavaScript registering and cancelling.

const FULL_EVENT = 'Webinar: data on local migration';
const PHONE_EVENT = 'Study visit: the Red Star Line Museum';
const PLAIN_EVENT = 'Conference on intercity cooperation';

describe('events: waiting list, Arabic on a phone, keyboard and no JavaScript', () => {
  const e2e = useE2E(async (server) => {
    const { deps } = server;
    const partner = await createOrganisation(deps, {
      name: 'Welcoming Cities Network',
      kind: 'ngo',
      isPartner: true,
    });
    const city = await createCity(deps, { name: 'Antwerp' });
    const full = await createEvent(deps, {
      organisationId: partner.id,
      organiserIds: [partner.id],
      kind: 'webinar',
      title: FULL_EVENT,
      ...daysAhead(5),
      onlineUrl: 'https://meet.example.org/data',
      capacity: 1,
    });
    const phone = await createEvent(deps, {
      organisationId: partner.id,
      organiserIds: [partner.id],
      kind: 'study_visit',
      title: PHONE_EVENT,
      description: 'Hosted by the museum’s education team in Antwerp.',
      ...daysAhead(8),
      venueCityId: city.id,
      capacity: 30,
    });
    const plain = await createEvent(deps, {
      organisationId: partner.id,
      organiserIds: [partner.id],
      kind: 'conference',
      title: PLAIN_EVENT,
      ...daysAhead(10),
    });
    const [first, second, layla, noScript] = await Promise.all([
      createOfficial(deps, { name: 'Boris Petrov' }),
      createOfficial(deps, { name: 'Chen Wei' }),
      createOfficial(deps, { name: 'ليلى المنصوري', preferredLanguage: 'ar' }),
      createOfficial(deps, { name: 'Ingrid Vermeulen' }),
    ]);
    return { full, phone, plain, first, second, layla, noScript };
  });

  it('the event fills, the next official waits, and gets the seat when the first cancels', async () => {
    const { full, first, second } = e2e.seeded;
    const one = await e2e.browser.newContext();
    await signInAs(e2e.server, one, first);
    const firstPage = await one.newPage();
    await visit(firstPage, `/events/${full.slug}`);
    // Only registered participants see the online link.
    await firstPage.getByText(t('events.page.linkForParticipants')).waitFor();
    assert.equal(await firstPage.getByRole('link', { name: /meet\.example\.org/ }).count(), 0);
    await registrationSection(firstPage)
      .getByRole('button', { name: exactly(t('registrations.panel.register')) })
      .click();
    await registrationSection(firstPage)
      .getByText(t('registrations.panel.status.registered'))
      .waitFor();
    const join = firstPage.getByRole('link', { name: t('registrations.panel.onlineLink') });
    assert.equal(await join.getAttribute('href'), 'https://meet.example.org/data');

    const two = await e2e.browser.newContext();
    await signInAs(e2e.server, two, second);
    const secondPage = await two.newPage();
    await visit(secondPage, `/events/${full.slug}`);
    const waiting = registrationSection(secondPage);
    await waiting
      .getByText(t('events.page.seatsLeft', 'en', { left: '0', capacity: '1' }))
      .waitFor();
    await waiting.getByText(t('registrations.panel.full')).waitFor();
    await expectAccessible(secondPage, 'event page, full');
    await waiting.getByRole('button', { name: t('registrations.panel.joinWaitlist') }).click();
    await waiting
      .getByText(t('registrations.panel.status.waitlisted', 'en', { place: 1 }))
      .waitFor();
    assert.equal(
      (await newestEmailTo(e2e.server, second.email)).subject,
      t('registrations.email.waitlisted.subject', 'en', { event: FULL_EVENT }),
    );
    await expectAccessible(secondPage, 'event page, waiting');

    // The first cancels; the seat goes to the one in line, who is told by e-mail.
    await registrationSection(firstPage)
      .getByRole('button', { name: t('registrations.panel.cancel') })
      .click();
    await registrationSection(firstPage)
      .getByRole('button', { name: exactly(t('registrations.panel.joinWaitlist')) })
      .waitFor();
    const promoted = await newestEmailTo(e2e.server, second.email);
    assert.equal(
      promoted.subject,
      t('registrations.email.promoted.subject', 'en', { event: FULL_EVENT }),
    );
    await secondPage.reload();
    await waiting.getByText(t('registrations.panel.status.registered')).waitFor();
    await secondPage.getByRole('link', { name: t('registrations.panel.onlineLink') }).waitFor();
  });

  it('in Arabic on a small phone, the calendar and event page fit and the keyboard registers', async () => {
    const { phone, layla } = e2e.seeded;
    const context = await e2e.browser.newContext({ width: 360, lang: 'ar' });
    await signInAs(e2e.server, context, layla);
    const page = await context.newPage();
    await visit(page, '/events');
    assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
    await page.getByRole('heading', { level: 1, name: t('events.calendar.title', 'ar') }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'calendar (ar, 360 px)');
    await page.getByRole('link', { name: exactly(t('events.calendar.monthView', 'ar')) }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'month view (ar, 360 px)');

    await visit(page, `/events/${phone.slug}`);
    await page.getByRole('heading', { level: 1, name: PHONE_EVENT }).waitFor();
    assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'event page (ar, 360 px)');

    // From the top of the page, Tab reaches the register button; Enter sends the form.
    const register = t('registrations.panel.register', 'ar');
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      const el = await focused(page);
      reached = el.tag === 'button' && el.text === register;
    }
    assert.ok(reached, 'Tab reaches the register button');
    await page.keyboard.press('Enter');
    await registrationSection(page, 'ar')
      .getByText(t('registrations.panel.status.registered', 'ar'))
      .waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'event page, registered (ar, 360 px)');
  });

  it('a browser without JavaScript registers and cancels', async () => {
    const { plain, noScript } = e2e.seeded;
    const context = await e2e.browser.newContext({ javaScript: false });
    await signInAs(e2e.server, context, noScript);
    const page = await context.newPage();
    await visit(page, '/events');
    await page.getByRole('link', { name: PLAIN_EVENT }).click();
    await page.getByRole('heading', { level: 1, name: PLAIN_EVENT }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/events/${plain.slug}`);
    const panel = registrationSection(page);
    await panel.getByRole('button', { name: exactly(t('registrations.panel.register')) }).click();
    await panel.getByText(t('registrations.panel.status.registered')).waitFor();
    await panel.getByRole('button', { name: t('registrations.panel.cancel') }).click();
    await panel.getByRole('button', { name: exactly(t('registrations.panel.register')) }).waitFor();
  });
});
