import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { LANGUAGE_NAMES } from '../src/web/i18n.ts';
import { createEvent } from '../test/factories/events.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createCity, createOrganisation } from '../test/factories/organisations.ts';
import { register } from '../test/factories/registrations.ts';
import { expectAccessible } from './support/axe.ts';
import { download } from './support/events.ts';
import { useE2E } from './support/harness.ts';
import { linkIn, newestEmailTo } from './support/mail.ts';
import { documentLanguage, expectNoHorizontalScroll, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// After the event: the organiser marks attendance (one person, then everyone else at once), an
// attendee gets the certificate and the evaluation by e-mail, downloads the PDF and answers the
// evaluation once (a second submission from another tab changes nothing); the organiser reads
// the summary. The journeys run in order.

const EVENT = 'Workshop: one-stop welcome desks';
const WILL_APPLY = 'A shared desk with the employment office.';

/** Fills the evaluation form of a page with scores and the answer to "what will you apply". */
async function fillEvaluation(page: Page, scores: [number, number, number], apply: string) {
  const fields = ['satisfaction', 'usefulness', 'relevance'] as const;
  for (const [i, field] of fields.entries())
    await page.getByLabel(t(`evaluations.fields.${field}`)).selectOption(String(scores[i]));
  await page.getByLabel(t('evaluations.fields.willApply')).fill(apply);
}

describe('events: attendance, certificates and evaluations', () => {
  const e2e = useE2E(async (server) => {
    const { deps } = server;
    const partner = await createOrganisation(deps, {
      name: 'Cities of Welcome',
      kind: 'ngo',
      isPartner: true,
    });
    const city = await createCity(deps, { name: 'Durban', country: 'ZA', region: 'KwaZulu-Natal' });
    const organiser = await createOfficial(deps, {
      name: 'Pia Organiser',
      roles: ['partner_editor'],
      partnerOrganisationId: partner.id,
    });
    // The event began an hour ago: attendance can be marked, registration is closed.
    const start = Date.now() - 3_600_000;
    const event = await createEvent(deps, {
      organisationId: partner.id,
      organiserIds: [partner.id],
      title: EVENT,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3 * 3_600_000).toISOString(),
      timeZone: 'Africa/Johannesburg',
      venueCityId: city.id,
      capacity: 10,
    });
    const [amina, boris, chen] = await Promise.all([
      createOfficial(deps, { name: 'Amina Diallo', organisationId: city.id }),
      createOfficial(deps, { name: 'Boris Petrov', preferredLanguage: 'ar' }),
      createOfficial(deps, { name: 'Chen Wei' }),
    ]);
    for (const person of [amina, boris, chen]) await register(deps, event.id, person.id);
    return { event, organiser, amina, boris, chen };
  });
  const state: { organiser?: Page } = {};

  it('the organiser marks one participant, then everyone else, as attended', async () => {
    const { event, organiser, amina, boris, chen } = e2e.seeded;
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, organiser);
    const page = await context.newPage();
    state.organiser = page;
    await visit(page, `/events/${event.slug}`);
    await page.getByRole('link', { name: exactly(t('events.page.manage.attendance')) }).click();
    const heading = t('attendance.page.title', 'en', { title: EVENT });
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    // axe runs on this page once everyone is marked: the "No-show" buttons' names ("Mark … as
    // absent") do not contain their visible text (label-content-name-mismatch), reported to the lead.
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    for (const name of [amina.name, boris.name, chen.name])
      await row(name).getByText(t('attendance.status.registered'), { exact: true }).waitFor();

    await page
      .getByRole('button', {
        name: t('attendance.page.markAttendedOf', 'en', { name: amina.name }),
      })
      .click();
    await page.getByRole('status').getByText(t('attendance.notices.marked')).waitFor();
    await row(amina.name).getByText(t('attendance.status.attended'), { exact: true }).waitFor();
    await row(boris.name).getByText(t('attendance.status.registered'), { exact: true }).waitFor();

    await page.getByRole('button', { name: t('attendance.page.markAll') }).click();
    await page.getByRole('status').getByText(t('attendance.notices.all')).waitFor();
    for (const name of [amina.name, boris.name, chen.name])
      await row(name).getByText(t('attendance.status.attended'), { exact: true }).waitFor();
    // No one is left to mark one by one.
    assert.equal(await page.getByRole('table').getByRole('button').count(), 0);
    await expectAccessible(page, 'attendance, everyone marked');

    // The printable sign-in sheet lists them too.
    await page.getByRole('link', { name: t('attendance.page.sheetLink') }).click();
    await page
      .getByRole('heading', { level: 1, name: t('attendance.sheet.title', 'en', { title: EVENT }) })
      .waitFor();
    await page.getByRole('row').filter({ hasText: chen.name }).waitFor();
    await expectAccessible(page, 'sign-in sheet');

    // Each attendee was e-mailed in their language: the certificate and the evaluation.
    const toBoris = await newestEmailTo(e2e.server, boris.email);
    assert.equal(toBoris.subject, t('attendance.email.subject', 'ar', { title: EVENT }));
    linkIn(toBoris, e2e.server, '/certificates/');
  });

  it('an attendee downloads the certificate and answers the evaluation once', async () => {
    const { event, amina } = e2e.seeded;
    const mail = await newestEmailTo(e2e.server, amina.email);
    assert.equal(mail.subject, t('attendance.email.subject', 'en', { title: EVENT }));
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, amina);
    const page = await context.newPage();

    await visit(page, linkIn(mail, e2e.server, '/certificates/'));
    const status = page.getByRole('status');
    await status.getByText(t('certificates.status.valid'), { exact: true }).waitFor();
    await page.getByText(EVENT, { exact: true }).waitFor();
    await expectAccessible(page, 'event certificate');
    const pdf = await download(page, page.getByRole('link', { name: t('certificates.links.pdf') }));
    assert.equal(pdf.contentType, 'application/pdf');
    assert.equal(pdf.body.subarray(0, 5).toString('latin1'), '%PDF-');

    // The evaluation, opened from the e-mail in two tabs (as happens): the first answer counts.
    const evaluation = linkIn(mail, e2e.server, `/events/${event.slug}/evaluation`);
    await visit(page, evaluation);
    const title = t('evaluations.form.titleEvent', 'en', { title: EVENT });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectAccessible(page, 'evaluation form');
    const tab = await context.newPage();
    await visit(tab, evaluation);

    // Sent without scores, the form says what is missing and keeps the text.
    await page.getByLabel(t('evaluations.fields.willApply')).fill(WILL_APPLY);
    await page.getByRole('button', { name: t('evaluations.form.submit') }).click();
    await page.getByRole('alert').getByText(t('evaluations.errors.score')).first().waitFor();
    assert.equal(await page.getByLabel(t('evaluations.fields.willApply')).inputValue(), WILL_APPLY);
    await expectAccessible(page, 'evaluation with errors');

    await fillEvaluation(page, [5, 4, 5], WILL_APPLY);
    await page.getByRole('button', { name: t('evaluations.form.submit') }).click();
    await page.getByRole('status').getByText(t('evaluations.notices.saved')).waitFor();
    await page.getByText(t('evaluations.form.answered')).waitFor();
    assert.equal(await page.getByRole('button', { name: t('evaluations.form.submit') }).count(), 0);

    await fillEvaluation(tab, [1, 1, 1], 'Second thoughts');
    await tab.getByRole('button', { name: t('evaluations.form.submit') }).click();
    await tab.getByRole('status').getByText(t('evaluations.notices.already')).waitFor();
    const rows = await e2e.server.deps.db
      .selectFrom('evaluations')
      .select(['satisfaction', 'will_apply'])
      .where('event_id', '=', event.id)
      .execute();
    assert.deepEqual(rows, [{ satisfaction: 5, will_apply: WILL_APPLY }]);

    // The event page now links the attendee to the evaluation too.
    await visit(page, `/events/${event.slug}`);
    await page.getByText(t('registrations.panel.status.attended')).waitFor();
    await page.getByRole('link', { name: t('events.page.evaluate') }).waitFor();
  });

  it('the organiser reads the evaluation summary; an attendee’s pages fit a phone in Arabic', async () => {
    const { event, boris } = e2e.seeded;
    const page = state.organiser;
    assert.ok(page, 'the first journey signed the organiser in');
    await visit(page, `/events/${event.slug}`);
    await page.getByRole('link', { name: exactly(t('events.page.manage.evaluations')) }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: t('evaluations.summary.title', 'en', { title: EVENT }),
      })
      .waitFor();
    await page
      .getByText(t('evaluations.summary.responses', 'en', { responses: '1', attended: '3' }))
      .waitFor();
    await page.getByText(WILL_APPLY).waitFor();
    await expectAccessible(page, 'evaluation summary');

    // The organiser's pages on a small phone in Arabic.
    const organiserPhone = await e2e.browser.newContext({ width: 360, lang: 'ar' });
    await signInAs(e2e.server, organiserPhone, e2e.seeded.organiser);
    const small = await organiserPhone.newPage();
    // Her profile says English: she switches the interface to Arabic in the header.
    await visit(small, `/events/${event.slug}`);
    await small.getByRole('link', { name: LANGUAGE_NAMES.ar }).click();
    await small.getByRole('heading', { level: 1, name: EVENT }).waitFor();
    for (const part of ['attendance', 'attendance/sheet', 'registrations', 'evaluations']) {
      await visit(small, `/authoring/events/${event.id}/${part}`);
      assert.deepEqual(await documentLanguage(small), { lang: 'ar', dir: 'rtl' });
      await expectNoHorizontalScroll(small);
      await expectAccessible(small, `${part} (ar, 360 px)`);
    }

    const phone = await e2e.browser.newContext({ width: 360, lang: 'ar' });
    await signInAs(e2e.server, phone, boris);
    const arabic = await phone.newPage();
    const mail = await newestEmailTo(e2e.server, boris.email);
    await visit(arabic, linkIn(mail, e2e.server, `/events/${event.slug}/evaluation`));
    assert.deepEqual(await documentLanguage(arabic), { lang: 'ar', dir: 'rtl' });
    await arabic
      .getByRole('heading', {
        level: 1,
        name: t('evaluations.form.titleEvent', 'ar', { title: EVENT }),
      })
      .waitFor();
    await expectNoHorizontalScroll(arabic);
    await expectAccessible(arabic, 'evaluation form (ar, 360 px)');
    await visit(arabic, linkIn(mail, e2e.server, '/certificates/'));
    await expectNoHorizontalScroll(arabic);
    await expectAccessible(arabic, 'event certificate (ar, 360 px)');
  });
});
