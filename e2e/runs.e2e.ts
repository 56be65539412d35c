import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createOfficial } from '../test/factories/officials.ts';
import { createOfferedRun } from '../test/factories/runs.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import { expectNoHorizontalScroll, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// Runs and enrolment in a browser: an editor plans a run, learners enrol (in Arabic, on a small
// phone) and join the waiting list, an applicant applies and a coordinator accepts.

describe('runs: planning, enrolment and applications', () => {
  const e2e = useE2E(async (server) => {
    const open = await createOfferedRun(server.deps, {
      title: 'Communicating about migration',
      location: 'Antwerp',
      seats: 1,
    });
    const byApplication = await createOfferedRun(server.deps, {
      title: 'Study visit',
      enrolmentMode: 'application',
      seats: 5,
    });
    const editor = await createOfficial(server.deps, {
      name: 'Pia Editor',
      roles: ['partner_editor'],
      partnerOrganisationId: open.organisationId,
    });
    const facilitator = await createOfficial(server.deps, {
      name: 'Farida Haddad',
      roles: ['facilitator'],
    });
    const amina = await createOfficial(server.deps, { name: 'Amina', preferredLanguage: 'ar' });
    const boris = await createOfficial(server.deps, { name: 'Boris' });
    const coordinator = await createOfficial(server.deps, { roles: ['coordinator'] });
    return { open, byApplication, editor, facilitator, amina, boris, coordinator };
  });

  it('a partner editor plans a run of their course with a facilitator', async () => {
    const { editor, open } = e2e.seeded;
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, editor);
    const page = await context.newPage();
    await visit(page, `/authoring/courses/${open.courseId}`);
    await page.getByRole('link', { name: t('runs.manage.link') }).click();
    await page.getByRole('heading', { level: 2, name: t('runs.manage.new') }).waitFor();
    await expectAccessible(page, 'runs of a course');
    await page.getByLabel(t('runs.form.title')).fill('Autumn cohort');
    await page.getByLabel(t('runs.form.starts_on')).fill('2031-10-01');
    await page.getByLabel(t('runs.form.ends_on')).fill('2031-10-31');
    await page.getByLabel(t('runs.form.seats')).fill('25');
    await page.getByLabel('Farida Haddad').check();
    await page.getByRole('button', { name: t('runs.manage.create') }).click();
    await page.getByText(t('runs.notices.runCreated')).waitFor();
    assert.equal(await page.getByLabel('Farida Haddad').isChecked(), true);
    await expectAccessible(page, 'run editor');
  });

  it('a learner enrols in Arabic on a small phone; the next one joins the waiting list', async () => {
    const { amina, boris, open } = e2e.seeded;
    const context = await e2e.browser.newContext({ width: 360, lang: 'ar' });
    await signInAs(e2e.server, context, amina);
    const page = await context.newPage();
    await visit(page, `/courses/${open.slug}`);
    // The whole page fits the phone, the syllabus's English lesson titles in Arabic lists included.
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'course page with runs (ar)');
    // The course has two runs now (the editor planned one): enrol in the first.
    const card = page.locator(`#run-${open.runId}`);
    await card.getByRole('button', { name: exactly(t('runs.offer.enrol', 'ar')) }).click();
    await page.getByText(t('runs.notices.enrolled', 'ar')).waitFor();
    await card.getByRole('link', { name: t('runs.offer.continue', 'ar') }).waitFor();

    const other = await e2e.browser.newContext({ width: 360 });
    await signInAs(e2e.server, other, boris);
    const second = await other.newPage();
    await visit(second, `/courses/${open.slug}`);
    const full = second.locator(`#run-${open.runId}`);
    await full.getByText(t('runs.offer.full')).waitFor();
    await full.getByRole('button', { name: t('runs.offer.joinWaitlist') }).click();
    await second.getByText(t('runs.notices.waitlisted')).waitFor();
    await second.getByText(t('runs.offer.waitlisted', 'en', { place: '1' })).waitFor();
    await expectNoHorizontalScroll(second);
    await expectAccessible(second, 'course page, on the waiting list');
  });

  it('an official applies and a coordinator accepts the application', async () => {
    const { boris, coordinator, byApplication } = e2e.seeded;
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, boris);
    const page = await context.newPage();
    await visit(page, `/courses/${byApplication.slug}`);
    await page.getByRole('link', { name: exactly(t('runs.offer.apply')) }).click();
    await page.getByRole('button', { name: t('runs.apply.submit') }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'application form with an error');
    await page.getByLabel(t('runs.apply.motivation')).fill('Our city opens a welcome desk.');
    await page.getByRole('button', { name: t('runs.apply.submit') }).click();
    await page.getByText(t('runs.notices.applied')).waitFor();

    const desk = await e2e.browser.newContext();
    await signInAs(e2e.server, desk, coordinator);
    const review = await desk.newPage();
    await visit(review, `/authoring/runs/${byApplication.runId}/applications`);
    await review.getByText('Our city opens a welcome desk.').waitFor();
    await expectAccessible(review, 'applications');
    await review.getByRole('button', { name: t('runs.applications.accept') }).click();
    await review.getByText(t('runs.notices.applicationAccepted')).waitFor();
    await visit(page, `/courses/${byApplication.slug}`);
    await page.getByRole('link', { name: t('runs.offer.continue') }).waitFor();
  });
});
