import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { selectCourse } from '../src/features/courses/courses.queries.ts';
import { THEMES } from '../src/features/curriculum/themes.data.ts';
import { createCourse } from '../test/factories/courses.ts';
import { smallPdf } from '../test/factories/files.ts';
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
import { LANGUAGE_NAMES } from '../src/web/i18n.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// The journeys run in order: the course written in the first (and given a quiz, an assignment and
// a document in the second) is reviewed in the third and found in the catalogue in the fourth.

const COURSE = 'Welcoming newcomers in city schools';
const MODULE = 'Enrolling children who arrive mid-year';
const LESSON = 'A checklist for school offices';
const THEME = THEMES.find((x) => x.slug === 'education-youth')!;
const DRAFT = 'Housing for seasonal workers (unfinished)';
const QUIZ_LESSON = 'Check what you know about enrolment';
const ASSIGNMENT_LESSON = 'Plan a welcome week for your school';
const DOCUMENT_LESSON = 'The enrolment form, annotated';

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

/**
 * From the course edit page: adds a lesson to the (only) module, makes it a lesson of `kind` with
 * an introduction, saves it and follows the link that sets it up.
 */
async function addLessonOfKind(page: Page, title: string, kind: string, intro: string) {
  const syllabus = page.getByRole('region', { name: t('courses.syllabus.title') });
  await syllabus.getByLabel(t('courses.syllabus.lessonTitle')).fill(title);
  await syllabus.getByRole('button', { name: t('courses.syllabus.addLesson') }).click();
  await page.getByRole('status').getByText(t('courses.notices.lessonAdded')).waitFor();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page
    .getByLabel(t('courses.lesson.kind'))
    .selectOption({ label: t(`courses.kinds.${kind}`) });
  await page.getByLabel(t('courses.lesson.body')).fill(intro);
  await page.getByRole('button', { name: t('common.form.save') }).click();
  await page.getByRole('status').getByText(t('courses.notices.saved')).waitFor();
  await page.getByRole('link', { name: t(`courses.lesson.setUp.${kind}`) }).click();
}

/** A question of the quiz editor (its card), by its number and kind. */
function questionCard(page: Page, number: number, kind: string): Locator {
  const name = t('quizzes.edit.questionHeading', 'en', {
    number,
    kind: t(`quizzes.kinds.${kind}`),
  });
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: exactly(name) }) });
}

/** Adds a choice to a question through the question's "new choice" form. */
async function addChoice(
  page: Page,
  card: Locator,
  choice: { label: string; feedback: string; right: boolean },
): Promise<void> {
  const form = card
    .locator('form')
    .filter({ has: page.getByLabel(t('quizzes.edit.newChoice'), { exact: true }) });
  await form.getByLabel(t('quizzes.edit.newChoice'), { exact: true }).fill(choice.label);
  await form.getByLabel(t('quizzes.edit.feedback')).fill(choice.feedback);
  if (choice.right) await form.getByLabel(t('quizzes.edit.isCorrect')).check();
  await form.getByRole('button', { name: t('quizzes.edit.addChoice') }).click();
  await page.getByRole('status').getByText(t('quizzes.notices.choiceAdded')).waitFor();
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
  const state: {
    editPath?: string;
    setUpPaths?: Record<'quiz' | 'assignment' | 'document', string>;
  } = {};

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

  it('the partner editor adds a quiz, an assignment and a document lesson and sets each up', async () => {
    assert.ok(state.editPath, 'the first journey created the course');
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, e2e.seeded.editor);
    const page = await context.newPage();
    await visit(page, state.editPath);

    // A quiz lesson: its settings, a single-choice question and a short-text question.
    await addLessonOfKind(page, QUIZ_LESSON, 'quiz', 'Two questions on enrolling newcomers.');
    const quizTitle = t('quizzes.edit.title', 'en', { lesson: QUIZ_LESSON });
    await page.getByRole('heading', { level: 1, name: quizTitle }).waitFor();
    await page.getByText(t('quizzes.edit.notReady')).waitFor();
    const settings = page.getByRole('region', { name: t('quizzes.edit.settings') });
    await settings.getByLabel(t('quizzes.edit.passMark')).fill('70');
    await settings.getByLabel(t('quizzes.edit.maxAttempts')).fill('3');
    await settings.getByRole('button', { name: t('quizzes.edit.saveSettings') }).click();
    await page.getByRole('status').getByText(t('quizzes.notices.settingsSaved')).waitFor();
    assert.equal(await settings.getByLabel(t('quizzes.edit.passMark')).inputValue(), '70');
    assert.equal(await settings.getByLabel(t('quizzes.edit.maxAttempts')).inputValue(), '3');

    const newQuestion = page.getByRole('region', { name: t('quizzes.edit.addQuestion') });
    await newQuestion
      .getByLabel(t('quizzes.edit.kind'))
      .selectOption({ label: t('quizzes.kinds.single') });
    await newQuestion
      .getByLabel(t('quizzes.edit.prompt'), { exact: true })
      .fill('Who decides which school a newly arrived child attends?');
    await newQuestion.getByRole('button', { name: t('quizzes.edit.addQuestion') }).click();
    await page.getByRole('status').getByText(t('quizzes.notices.questionAdded')).waitFor();
    const single = questionCard(page, 1, 'single');
    await single.getByText(t('quizzes.edit.noChoices')).waitFor();
    await addChoice(page, single, {
      label: 'The school office, with the family',
      feedback: 'Yes: the family chooses, the office checks the places left.',
      right: true,
    });
    await addChoice(page, single, {
      label: 'The police',
      feedback: 'No: enrolment is a matter for schools, not for the police.',
      right: false,
    });
    const right = single.getByRole('listitem').filter({ hasText: 'The school office' });
    await right.getByText(t('quizzes.edit.right'), { exact: true }).waitFor();
    assert.equal(
      await right.getByLabel(t('quizzes.edit.feedback')).inputValue(),
      'Yes: the family chooses, the office checks the places left.',
    );
    const wrong = single.getByRole('listitem').filter({ hasText: 'The police' });
    await wrong.waitFor();
    assert.equal(await wrong.getByText(t('quizzes.edit.right'), { exact: true }).count(), 0);

    await newQuestion
      .getByLabel(t('quizzes.edit.kind'))
      .selectOption({ label: t('quizzes.kinds.short_text') });
    await newQuestion
      .getByLabel(t('quizzes.edit.prompt'), { exact: true })
      .fill('Which document proves a child’s address? (one word)');
    await newQuestion.getByRole('button', { name: t('quizzes.edit.addQuestion') }).click();
    await page.getByRole('status').getByText(t('quizzes.notices.questionAdded')).waitFor();
    const short = questionCard(page, 2, 'short_text');
    await short.getByLabel(t('quizzes.edit.accepted')).fill('lease\ntenancy');
    await short.getByRole('button', { name: t('quizzes.edit.saveQuestion') }).click();
    await page.getByRole('status').getByText(t('quizzes.notices.questionSaved')).waitFor();
    assert.equal(await short.getByLabel(t('quizzes.edit.accepted')).inputValue(), 'lease\ntenancy');
    // Every question has its answer now: learners can take the quiz.
    await page
      .getByRole('heading', { level: 2, name: t('quizzes.edit.questions', 'en', { n: 2 }) })
      .waitFor();
    assert.equal(await page.getByText(t('quizzes.edit.notReady')).count(), 0);
    await expectAccessible(page, 'quiz editor');
    const quizPath = new URL(page.url()).pathname;

    // An assignment lesson: a deadline, a maximum score and a pass mark.
    await page.getByRole('link', { name: QUIZ_LESSON }).click();
    await page.getByRole('link', { name: COURSE }).click();
    await addLessonOfKind(
      page,
      ASSIGNMENT_LESSON,
      'assignment',
      'Describe the first week of a child who arrives in **March**.',
    );
    const assignmentTitle = t('assignments.settings.title', 'en', { lesson: ASSIGNMENT_LESSON });
    await page.getByRole('heading', { level: 1, name: assignmentTitle }).waitFor();
    await page.getByLabel(t('assignments.settings.deadline')).fill('2031-06-30T17:00');
    await page.getByLabel(t('assignments.settings.max_score')).fill('20');
    await page.getByLabel(t('assignments.settings.pass_mark')).fill('12');
    await page.getByRole('button', { name: t('common.form.save') }).click();
    await page.getByRole('status').getByText(t('assignments.notices.saved')).waitFor();
    assert.equal(
      await page.getByLabel(t('assignments.settings.deadline')).inputValue(),
      '2031-06-30T17:00',
    );
    assert.equal(await page.getByLabel(t('assignments.settings.max_score')).inputValue(), '20');
    assert.equal(await page.getByLabel(t('assignments.settings.pass_mark')).inputValue(), '12');
    await expectAccessible(page, 'assignment settings');
    const assignmentPath = new URL(page.url()).pathname;

    // A document lesson: a real PDF, uploaded for English.
    await page.getByRole('link', { name: t('assignments.settings.backToLesson') }).click();
    await page.getByRole('link', { name: COURSE }).click();
    await addLessonOfKind(page, DOCUMENT_LESSON, 'document', 'Read the form before the meeting.');
    const documentTitle = t('learning.document.title', 'en', { lesson: DOCUMENT_LESSON });
    await page.getByRole('heading', { level: 1, name: documentTitle }).waitFor();
    await page.getByText(t('learning.document.none')).waitFor();
    await page
      .getByLabel(t('learning.document.language'))
      .selectOption({ label: LANGUAGE_NAMES.en });
    await page.getByLabel(t('learning.document.file'), { exact: true }).setInputFiles({
      name: 'enrolment-form.pdf',
      mimeType: 'application/pdf',
      buffer: smallPdf('Enrolment form'),
    });
    await page.getByRole('button', { name: t('learning.document.submit') }).click();
    await page.getByRole('status').getByText(t('learning.document.uploaded')).waitFor();
    const files = page.getByRole('table', { name: t('learning.document.files') });
    const row = files.getByRole('row').filter({ hasText: 'enrolment-form.pdf' });
    await row.getByRole('rowheader', { name: LANGUAGE_NAMES.en }).waitFor();
    const documentPath = new URL(page.url()).pathname;
    state.setUpPaths = { quiz: quizPath, assignment: assignmentPath, document: documentPath };
    await expectAccessible(page, 'document lesson');

    // The course's syllabus lists the three new lessons.
    await page.getByRole('link', { name: COURSE }).click();
    const syllabus = page.getByRole('region', { name: t('courses.syllabus.title') });
    for (const lesson of [QUIZ_LESSON, ASSIGNMENT_LESSON, DOCUMENT_LESSON])
      await syllabus.getByRole('link', { name: lesson }).waitFor();
  });

  it('the quiz editor, assignment settings and document pages fit 360 px in French', async () => {
    const paths = state.setUpPaths;
    assert.ok(paths, 'the second journey set up the three lessons');
    const context = await e2e.browser.newContext({ width: 360, lang: 'fr' });
    await signInAs(e2e.server, context, e2e.seeded.editor);
    const page = await context.newPage();
    await visit(page, paths.document);
    // The editor's profile says English: they switch the interface to French in the header.
    await page
      .getByRole('navigation', { name: t('common.language') })
      .getByRole('link', { name: LANGUAGE_NAMES.fr })
      .click();
    const title = t('learning.document.title', 'fr', { lesson: DOCUMENT_LESSON });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.deepEqual(await documentLanguage(page), { lang: 'fr', dir: 'ltr' });
    await page.getByRole('cell', { name: 'enrolment-form.pdf' }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'document lesson (fr, 360 px)');

    await visit(page, paths.quiz);
    const quizTitle = t('quizzes.edit.title', 'fr', { lesson: QUIZ_LESSON });
    await page.getByRole('heading', { level: 1, name: quizTitle }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'quiz editor (fr, 360 px)');

    await visit(page, paths.assignment);
    const assignmentTitle = t('assignments.settings.title', 'fr', { lesson: ASSIGNMENT_LESSON });
    await page.getByRole('heading', { level: 1, name: assignmentTitle }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'assignment settings (fr, 360 px)');
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
