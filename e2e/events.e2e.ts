import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEvent } from '../test/factories/events.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createCity, createOrganisation } from '../test/factories/organisations.ts';
import { expectAccessible } from './support/axe.ts';
import { daysAhead, download, registrationSection } from './support/events.ts';
import { useE2E } from './support/harness.ts';
import { newestEmailTo } from './support/mail.ts';
import { expectFieldError, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// Learning events in a browser, first steps: a visitor finds a workshop in the month view, signs
// up, registers (answering the organiser's question), downloads the .ics and makes a personal
// calendar feed; an organiser accepts a request for a place and reads the answers. The journeys
// run in order.

const WORKSHOP = 'Welcoming newcomers at the town hall';
const APPROVAL_EVENT = 'Expert meeting on reception policies';
const QUESTION = 'Accessibility or dietary needs';
const PASSWORD = 'a quiet harbour at dawn 7';

/** "May 2031" for "2031-05", as the month view names a month in English. */
function monthName(month: string): string {
  return new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00.000Z`),
  );
}

describe('events: the month view, signing up and registering, .ics and approval', () => {
  const e2e = useE2E(async (server) => {
    const { deps } = server;
    const partner = await createOrganisation(deps, {
      name: 'Welcoming Cities Network',
      kind: 'ngo',
      isPartner: true,
    });
    const city = await createCity(deps, { name: 'Antwerp' });
    const when = daysAhead(3);
    const workshop = await createEvent(deps, {
      organisationId: partner.id,
      organiserIds: [partner.id],
      title: WORKSHOP,
      description: 'A morning on **first contacts** with newcomers.',
      startsAt: when.startsAt,
      endsAt: when.endsAt,
      venueCityId: city.id,
      venueAddress: 'Grote Markt 1',
      capacity: 20,
    });
    // The organiser asks one question (the editor has no form for questions yet).
    const [question] = await deps.db
      .insertInto('event_questions')
      .values({ event_id: workshop.id, position: 1, prompt: QUESTION, is_required: 1 })
      .returning('id')
      .execute();
    const byApproval = await createEvent(deps, {
      organisationId: partner.id,
      organiserIds: [partner.id],
      kind: 'expert_meeting',
      title: APPROVAL_EVENT,
      ...daysAhead(12),
      capacity: 12,
      requiresApproval: true,
    });
    const [applicant, organiser] = await Promise.all([
      createOfficial(deps, { name: 'Wojciech Nowak' }),
      createOfficial(deps, {
        name: 'Pia Organiser',
        roles: ['partner_editor'],
        partnerOrganisationId: partner.id,
      }),
    ]);
    return {
      workshop,
      workshopMonth: when.month,
      questionId: question!.id,
      byApproval,
      applicant,
      organiser,
    };
  });

  it('a visitor finds a workshop in the month view, signs up, registers and downloads the .ics', async () => {
    const { workshop, workshopMonth } = e2e.seeded;
    const page = await e2e.browser.newPage();
    await visit(page, '/');
    await page
      .getByRole('banner')
      .getByRole('link', { name: exactly(t('common.nav.events')) })
      .click();
    await page.getByRole('heading', { level: 1, name: t('events.calendar.title') }).waitFor();
    await expectAccessible(page, 'calendar');
    await page.getByRole('link', { name: exactly(t('events.calendar.monthView')) }).click();
    // The workshop is three days ahead: this month, or the next one.
    if (workshopMonth !== new Date().toISOString().slice(0, 7))
      await page
        .getByRole('link', {
          name: t('events.month.next', 'en', { month: monthName(workshopMonth) }),
        })
        .click();
    const grid = page.getByRole('table');
    await grid.getByRole('link', { name: WORKSHOP }).waitFor();
    await expectAccessible(page, 'month view');
    await grid.getByRole('link', { name: WORKSHOP }).click();
    await page.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
    await page.locator('.prose strong', { hasText: 'first contacts' }).waitFor();
    await registrationSection(page)
      .getByText(t('events.page.seatsLeft', 'en', { left: '20', capacity: '20' }))
      .waitFor();
    await expectAccessible(page, 'event page, visitor');

    // Registering needs an account: sign in, then "create an account", and back to the event.
    await registrationSection(page)
      .getByRole('link', { name: t('registrations.panel.signIn') })
      .click();
    await page.getByRole('link', { name: t('accounts.signIn.signUpLink') }).click();
    await page.getByRole('heading', { level: 1, name: t('accounts.signUp.title') }).waitFor();
    const email = 'thabo.nkosi@durban.example.org';
    await page.getByLabel(t('accounts.fields.name'), { exact: true }).fill('Thabo Nkosi');
    await page.getByLabel(t('accounts.fields.email'), { exact: true }).fill(email);
    await page.getByLabel(t('accounts.fields.password'), { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: t('accounts.signUp.submit') }).click();
    await page.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/events/${workshop.slug}`);

    // The organiser's question is required: answered with blanks only, the form says so.
    const panel = registrationSection(page);
    const answer = page.getByLabel(QUESTION);
    assert.equal(await answer.getAttribute('required'), '');
    await answer.fill('   ');
    await panel.getByRole('button', { name: exactly(t('registrations.panel.register')) }).click();
    await page.getByRole('alert').waitFor();
    await expectFieldError(answer, t('common.errors.required'));
    await expectAccessible(page, 'registration, question unanswered');
    await answer.fill('Step-free access, please');
    await page.getByRole('button', { name: exactly(t('registrations.panel.register')) }).click();
    await page.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
    await panel.getByText(t('registrations.panel.status.registered')).waitFor();
    await panel
      .getByText(t('events.page.seatsLeft', 'en', { left: '19', capacity: '20' }))
      .waitFor();
    await expectAccessible(page, 'event page, registered');
    const confirmation = await newestEmailTo(e2e.server, email);
    assert.equal(
      confirmation.subject,
      t('registrations.email.registered.subject', 'en', { event: WORKSHOP }),
    );

    // The answer was kept with the registration.
    const saved = await e2e.server.deps.db
      .selectFrom('registration_answers')
      .select('answer')
      .where('question_id', '=', e2e.seeded.questionId)
      .execute();
    assert.deepEqual(
      saved.map((r) => r.answer),
      ['Step-free access, please'],
    );

    const file = await download(page, panel.getByRole('link', { name: t('events.page.ics') }));
    assert.match(file.contentType, /^text\/calendar/);
    const ics = file.body.toString('utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r?\n/);
    assert.match(ics, new RegExp(`UID:event-${workshop.id}@`));
    assert.match(ics, new RegExp(`SUMMARY:${WORKSHOP}`));
    assert.match(ics, /END:VCALENDAR\s*$/);
    const start = (
      await e2e.server.deps.db
        .selectFrom('events')
        .select('starts_at')
        .where('id', '=', workshop.id)
        .executeTakeFirstOrThrow()
    ).starts_at;
    // .ics files carry UTC instants: 20261201T090000Z.
    const utc = start.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    assert.ok(ics.includes(`DTSTART:${utc}`), `DTSTART:${utc} in\n${ics}`);

    // The personal feed: a secret address made on the account's calendar page lists the workshop.
    await page
      .getByRole('banner')
      .getByRole('link', { name: exactly('Thabo Nkosi') })
      .click();
    await page.getByRole('link', { name: t('accounts.account.nav.calendar') }).click();
    await page.getByRole('heading', { level: 1, name: t('feeds.account.title') }).waitFor();
    await page.getByRole('button', { name: t('feeds.account.create') }).click();
    const feedURL = await page.getByLabel(t('feeds.account.addressLabel')).inputValue();
    await expectAccessible(page, 'calendar feed address');
    const feed = await page.request.get(feedURL);
    assert.equal(feed.status(), 200);
    assert.match(feed.headers()['content-type'] ?? '', /^text\/calendar/);
    assert.match(await feed.text(), new RegExp(`UID:event-${workshop.id}@`));
    // A new address makes the old one stop working at once.
    await page.getByRole('button', { name: t('feeds.account.reset') }).click();
    assert.notEqual(await page.getByLabel(t('feeds.account.addressLabel')).inputValue(), feedURL);
    assert.equal((await page.request.get(feedURL)).status(), 404);
  });

  it('an organiser accepts a request for a place and reads the answers to the question', async () => {
    const { byApproval, applicant, organiser, workshop } = e2e.seeded;
    const asking = await e2e.browser.newContext();
    await signInAs(e2e.server, asking, applicant);
    const page = await asking.newPage();
    await visit(page, `/events/${byApproval.slug}`);
    await registrationSection(page)
      .getByRole('button', { name: t('registrations.panel.request') })
      .click();
    await registrationSection(page).getByText(t('registrations.panel.status.pending')).waitFor();
    assert.equal(
      (await newestEmailTo(e2e.server, applicant.email)).subject,
      t('registrations.email.pending.subject', 'en', { event: APPROVAL_EVENT }),
    );

    const desk = await e2e.browser.newContext();
    await signInAs(e2e.server, desk, organiser);
    const review = await desk.newPage();
    await visit(review, `/events/${byApproval.slug}`);
    await review
      .getByRole('link', { name: exactly(t('events.page.manage.registrations')) })
      .click();
    await review
      .getByRole('heading', {
        level: 1,
        name: t('registrations.manage.title', 'en', { event: APPROVAL_EVENT }),
      })
      .waitFor();
    const row = review.getByRole('row').filter({ hasText: applicant.name });
    await row.getByText(t('registrations.status.pending'), { exact: true }).waitFor();
    await expectAccessible(review, 'registrations, one pending');
    await row.getByRole('button', { name: t('registrations.manage.accept') }).click();
    await review
      .getByRole('status')
      .getByText(t('registrations.manage.notices.accepted'))
      .waitFor();
    await row.getByText(t('registrations.status.registered'), { exact: true }).waitFor();
    assert.equal(
      (await newestEmailTo(e2e.server, applicant.email)).subject,
      t('registrations.email.accepted.subject', 'en', { event: APPROVAL_EVENT }),
    );
    await page.reload();
    await registrationSection(page).getByText(t('registrations.panel.status.registered')).waitFor();

    // The workshop's list shows what the visitor who signed up answered.
    await visit(review, `/authoring/events/${workshop.id}/registrations`);
    await review
      .getByRole('row')
      .filter({ hasText: 'Thabo Nkosi' })
      .getByText('Step-free access, please')
      .waitFor();
    await expectAccessible(review, 'registrations with answers');
  });
});
