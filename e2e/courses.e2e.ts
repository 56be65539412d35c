import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { selectCourse } from '../src/features/courses/courses.queries.ts';
import { THEMES } from '../src/features/curriculum/themes.data.ts';
import { createCourse } from '../test/factories/courses.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createOrganisation } from '../test/factories/organisations.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import {
  documentLanguage,
  expectFieldError,
  expectNoHorizontalScroll,
  visit,
} from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// The journeys run in order: the course written in the first is reviewed in the second and found
// in the catalogue in the third.

const COURSE = 'Welcoming newcomers in city schools';
const MODULE = 'Enrolling children who arrive mid-year';
const LESSON = 'A checklist for school offices';
const THEME = THEMES.find((x) => x.slug === 'education-youth')!;
const DRAFT = 'Housing for seasonal workers (unfinished)';

/** Opens a link of the page's header (main navigation or the account's links). */
async function openFromHeader(page: Page, key: string): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('link', { name: exactly(t(key)) })
    .click();
}

/** The titles of the courses listed in the catalogue's results. */
async function catalogueTitles(page: Page): Promise<string[]> {
  const results = page.getByRole('region', { name: t('catalogue.results') });
  return (await results.getByRole('heading', { level: 3 }).allTextContents()).map((s) => s.trim());
}

describe('courses: authoring, review and the catalogue', () => {
  const e2e = useE2E(async (server) => {
    const partner = await createOrganisation(server.deps, {
      name: 'Migration Partners Network',
      kind: 'ngo',
      isPartner: true,
    });
    const editor = await createOfficial(server.deps, {
      name: 'Pia Editor',
      roles: ['partner_editor'],
      partnerOrganisationId: partner.id,
    });
    const coordinator = await createOfficial(server.deps, {
      name: 'Carla Mendes',
      roles: ['coordinator'],
    });
    const draft = await createCourse(server.deps, {
      organisationId: partner.id,
      createdBy: editor.id,
      title: DRAFT,
      modules: [1],
    });
    // Drafts have a slug from the start; the catalogue must not answer for it.
    const draftSlug = (await selectCourse(server.deps.db, draft.id))!.slug;
    return { editor, coordinator, draftSlug };
  });
  const state: { editPath?: string } = {};

  it('a partner editor writes a course with a module and a lesson and submits it', async () => {
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, e2e.seeded.editor);
    const page = await context.newPage();
    await visit(page, '/');
    await openFromHeader(page, 'common.nav.authoring');
    await page.getByRole('heading', { level: 1, name: t('courses.list.title') }).waitFor();
    await page.getByRole('link', { name: DRAFT }).waitFor();
    await expectAccessible(page, 'authoring list');

    await page.getByRole('link', { name: t('courses.list.new') }).click();
    await page.getByRole('heading', { level: 1, name: t('courses.form.createTitle') }).waitFor();
    await expectAccessible(page, 'new course');

    // Sent empty, the form says what is missing beside each field.
    await page.getByRole('button', { name: t('courses.form.create') }).click();
    await page.getByRole('alert').waitFor();
    const title = page.getByLabel(t('courses.form.title'), { exact: true });
    await expectFieldError(title, t('common.errors.required'));
    await page
      .getByRole('group', { name: t('courses.form.theme_ids') })
      .getByText(t('courses.errors.themeRequired'))
      .waitFor();
    await expectAccessible(page, 'new course with errors');

    await page.getByLabel(t('courses.form.language')).selectOption('en');
    await title.fill(COURSE);
    await page
      .getByLabel(t('courses.form.summary'))
      .fill('How city schools enrol, welcome and support children who have just arrived.');
    await page
      .getByLabel(t('courses.form.objectives'))
      .fill('Plan enrolment for newcomers\nWork with families and interpreters');
    await page.getByLabel(THEME.translations.en.name).check();
    await page
      .getByLabel(t('courses.form.format'))
      .selectOption({ label: t('courses.formats.self_paced') });
    await page
      .getByLabel(t('courses.form.level'))
      .selectOption({ label: t('courses.levels.introductory') });
    await page.getByLabel(t('courses.form.duration_hours')).fill('6');
    await page.getByRole('button', { name: t('courses.form.create') }).click();

    await page.getByRole('status').getByText(t('courses.notices.created')).waitFor();
    await page.getByRole('heading', { level: 1, name: COURSE }).waitFor();
    state.editPath = new URL(page.url()).pathname;
    await expectAccessible(page, 'course edit');

    const syllabus = page.getByRole('region', { name: t('courses.syllabus.title') });
    await syllabus.getByLabel(t('courses.syllabus.moduleTitle')).fill(MODULE);
    await syllabus.getByRole('button', { name: t('courses.syllabus.addModule') }).click();
    await page.getByRole('status').getByText(t('courses.notices.moduleAdded')).waitFor();
    await syllabus.getByRole('heading', { level: 3, name: MODULE }).waitFor();

    await syllabus.getByLabel(t('courses.syllabus.lessonTitle')).fill(LESSON);
    await syllabus.getByRole('button', { name: t('courses.syllabus.addLesson') }).click();
    await page.getByRole('status').getByText(t('courses.notices.lessonAdded')).waitFor();
    await page.getByRole('heading', { level: 1, name: LESSON }).waitFor();
    await expectAccessible(page, 'lesson edit');
    await page
      .getByLabel(t('courses.lesson.body'))
      .fill('Before the first day:\n\n- **check** the documents\n- book an *interpreter*');
    await page.getByRole('button', { name: t('common.form.save') }).click();
    await page.getByRole('status').getByText(t('courses.notices.saved')).waitFor();
    const preview = page.getByRole('region', { name: t('courses.lesson.preview') });
    await preview.locator('strong', { hasText: 'check' }).waitFor();
    await expectAccessible(page, 'lesson saved');

    await page.getByRole('link', { name: COURSE }).click();
    await page.getByRole('link', { name: LESSON }).waitFor();
    await page.getByRole('button', { name: t('courses.review.submit') }).click();
    await page.getByRole('status').getByText(t('courses.notices.submitted')).waitFor();
    assert.equal(await page.getByRole('button', { name: t('courses.review.submit') }).count(), 0);
  });

  it('a coordinator sends the course back, the editor resubmits, the coordinator publishes', async () => {
    assert.ok(state.editPath, 'the first journey created the course');
    const coordinator = await e2e.browser.newContext();
    await signInAs(e2e.server, coordinator, e2e.seeded.coordinator);
    const review = await coordinator.newPage();
    await visit(review, '/');
    await openFromHeader(review, 'common.nav.review');
    await review.getByRole('heading', { level: 1, name: t('courses.review.title') }).waitFor();
    assert.equal(await review.getByRole('link', { name: DRAFT }).count(), 0);
    await expectAccessible(review, 'review queue');
    await review.getByRole('link', { name: COURSE }).click();
    await review.getByRole('heading', { level: 1, name: COURSE }).waitFor();
    const comment = 'Please add a lesson on working with interpreters.';
    await review.getByLabel(t('courses.review.commentLabel')).fill(comment);
    await review.getByRole('button', { name: t('courses.review.sendBack') }).click();
    await review.getByRole('status').getByText(t('courses.notices.sentBack')).waitFor();

    const editorContext = await e2e.browser.newContext();
    await signInAs(e2e.server, editorContext, e2e.seeded.editor);
    const editor = await editorContext.newPage();
    await visit(editor, state.editPath);
    const actions = editor.getByRole('region', { name: t('courses.review.actions') });
    await actions.getByText(comment).waitFor();
    await actions.getByText(exactly(t('courses.status.draft'))).waitFor();
    await actions.getByRole('button', { name: t('courses.review.submit') }).click();
    await editor.getByRole('status').getByText(t('courses.notices.submitted')).waitFor();

    await visit(review, '/review/courses');
    await review.getByRole('link', { name: COURSE }).click();
    await review.getByRole('button', { name: t('courses.review.publish') }).click();
    await review.getByRole('status').getByText(t('courses.notices.published')).waitFor();
    await review
      .getByRole('region', { name: t('courses.review.actions') })
      .getByText(exactly(t('courses.status.published')))
      .waitFor();
  });

  it('a visitor finds the published course by its theme; a draft stays hidden', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/');
    await openFromHeader(page, 'common.nav.courses');
    await page.getByRole('heading', { level: 1, name: t('catalogue.title') }).waitFor();
    assert.ok(!(await catalogueTitles(page)).includes(DRAFT), 'a draft is not listed');
    await expectAccessible(page, 'catalogue');

    const search = page.getByRole('search');
    await search
      .getByLabel(t('catalogue.filters.theme'))
      .selectOption({ label: THEME.translations.en.name });
    await search.getByRole('button', { name: t('common.form.filter') }).click();
    await page.waitForURL(/theme=education-youth/);
    assert.deepEqual(await catalogueTitles(page), [COURSE]);
    await expectAccessible(page, 'catalogue filtered');

    await page.getByRole('link', { name: COURSE }).click();
    await page.getByRole('heading', { level: 1, name: COURSE }).waitFor();
    const syllabus = page.getByRole('region', { name: t('catalogue.course.syllabus') });
    await syllabus.getByRole('heading', { level: 3, name: MODULE }).waitFor();
    await syllabus.getByText(LESSON).waitFor();
    await expectAccessible(page, 'course page');

    await visit(page, `/courses/${e2e.seeded.draftSlug}`, 404);
    await page.getByText(t('catalogue.errors.notFound')).waitFor();
  });

  it('the catalogue and the course page read right to left in Arabic', async () => {
    const page = await e2e.browser.newPage({ lang: 'ar' });
    await visit(page, '/courses');
    assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
    await page.getByRole('heading', { level: 1, name: t('catalogue.title', 'ar') }).waitFor();
    await expectAccessible(page, 'catalogue');
    await page.getByRole('link', { name: COURSE }).click();
    await page.getByRole('heading', { level: 1, name: COURSE }).waitFor();
    await expectAccessible(page, 'course page');
  });

  it('the catalogue and the course edit page fit 360 px', async () => {
    assert.ok(state.editPath, 'the first journey created the course');
    const context = await e2e.browser.newContext({ width: 360 });
    await signInAs(e2e.server, context, e2e.seeded.coordinator);
    const page = await context.newPage();
    await visit(page, '/courses');
    await expectNoHorizontalScroll(page);
    await visit(page, state.editPath);
    await page.getByRole('heading', { level: 1, name: COURSE }).waitFor();
    await expectNoHorizontalScroll(page);
  });
});
