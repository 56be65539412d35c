import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { upsertLessonText, updateLesson } from '../src/features/courses/lessons.queries.ts';
import { upsertModuleTitle } from '../src/features/courses/structure.queries.ts';
import { THEMES } from '../src/features/curriculum/themes.data.ts';
import { LANGUAGE_NAMES } from '../src/web/i18n.ts';
import { setAssignment } from '../test/factories/assignments.ts';
import { createCourse } from '../test/factories/courses.ts';
import { smallPdf } from '../test/factories/files.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createOrganisation } from '../test/factories/organisations.ts';
import { createQuiz, QUIZ } from '../test/factories/quizzes.ts';
import { createRun } from '../test/factories/runs.ts';
import { createThemes } from '../test/factories/themes.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import { documentLanguage, expectNoHorizontalScroll, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// A learner's whole course in the browser: found from its theme, enrolled in, a lesson read, a
// quiz failed and then passed, an assignment handed in and graded by the run's facilitator, and
// the certificate downloaded and checked by a visitor. The journeys run in order.

const COURSE = 'Opening city services to newcomers';
const MODULE = 'First steps';
const TEXT_LESSON = 'Why local authorities matter';
const QUIZ_LESSON = 'Check what you know';
const ASSIGNMENT_LESSON = 'Your city’s first action';
const ANSWER = 'Our city will open a one-stop welcome desk in the town hall by June.';
const FEEDBACK = 'A clear, realistic first step. Name who staffs the desk.';

/** Opens a link of the page's header (main navigation or the account's links). */
async function openFromHeader(page: Page, key: string): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('link', { name: exactly(t(key)) })
    .click();
}

/** A question of the quiz's form, by its number and points (its fieldset's legend). */
function question(page: Page, n: number, points = 1): Locator {
  return page.getByRole('group', {
    name: t('quizzes.take.questionLegend', 'en', { n, count: points }),
  });
}

/** A question's review on the result page, by its heading. */
function review(page: Page, n: number, earned: number, points = 1): Locator {
  const name = t('quizzes.result.questionHeading', 'en', { n, earned, count: points });
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
}

/** Clicks a link that downloads a file and returns the file's content. */
async function download(page: Page, link: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  assert.ok(path, `the download of ${file.suggestedFilename()} failed`);
  return readFile(path);
}

describe('learning: a course from enrolment to a verified certificate', () => {
  const e2e = useE2E(async (server) => {
    const { deps } = server;
    const partner = await createOrganisation(deps, {
      name: 'Welcoming Cities Network',
      kind: 'ngo',
      isPartner: true,
    });
    const editor = await createOfficial(deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: partner.id,
    });
    const course = await createCourse(deps, {
      organisationId: partner.id,
      createdBy: editor.id,
      title: COURSE,
      status: 'published',
      modules: [3],
    });
    // createCourse files the course under the first theme of the reference data.
    const themeSlug = Object.keys(await createThemes(deps))[0]!;
    await upsertModuleTitle(deps.db, course.moduleIds[0]!, { language: 'en', title: MODULE });
    const [textId, quizId, assignmentId] = course.lessonIds[0] as [number, number, number];
    const texts: Array<[number, string, string]> = [
      [textId, TEXT_LESSON, 'Newcomers meet **the city** first: its desks, schools and clinics.'],
      [quizId, QUIZ_LESSON, 'Four questions on the platform’s first course.'],
      [assignmentId, ASSIGNMENT_LESSON, 'Describe one service your city will open to newcomers.'],
    ];
    for (const [id, title, body] of texts)
      await upsertLessonText(deps.db, id, { language: 'en', title, body });
    await createQuiz(deps, quizId, QUIZ);
    const now = new Date().toISOString();
    await updateLesson(
      deps.db,
      assignmentId,
      { kind: 'assignment', videoUrl: '', isRequired: true },
      now,
    );
    await setAssignment(deps, assignmentId, { maxScore: 100, passMark: 60 });
    const facilitator = await createOfficial(deps, {
      name: 'Farida Haddad',
      roles: ['facilitator'],
    });
    const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
    const run = await createRun(deps, course.id, {
      title: 'Spring cohort',
      startsOn: day(-1),
      endsOn: day(45),
      facilitatorIds: [facilitator.id],
    });
    const learner = await createOfficial(deps, { name: 'Amina Diallo' });
    const theme = THEMES.find((x) => x.slug === themeSlug)!;
    return { theme, runId: run.id, learner, facilitator };
  });
  const state: { learner?: Page; verifyURL?: string } = {};

  it('a learner finds the course by its theme, enrols, fails the quiz, passes it and hands in the assignment', async () => {
    const { theme, runId, learner } = e2e.seeded;
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, learner);
    const page = await context.newPage();
    state.learner = page;
    await visit(page, '/');
    await openFromHeader(page, 'common.nav.themes');
    await page.getByRole('link', { name: theme.translations.en.name }).click();
    await page.getByRole('heading', { level: 1, name: theme.translations.en.name }).waitFor();
    await page
      .getByRole('region', { name: t('catalogue.related.title') })
      .getByRole('link', { name: COURSE })
      .click();
    await page.getByRole('heading', { level: 1, name: COURSE }).waitFor();

    // Enrol, then on to the learner's course home.
    const card = page.locator(`#run-${runId}`);
    await card.getByRole('button', { name: exactly(t('runs.offer.enrol')) }).click();
    await page.getByText(t('runs.notices.enrolled')).waitFor();
    await card.getByRole('link', { name: exactly(t('runs.offer.continue')) }).click();
    await page.getByRole('heading', { level: 1, name: COURSE }).waitFor();
    await page.getByText(t('learning.progress.count', 'en', { done: '0', total: '3' })).waitFor();
    await expectAccessible(page, 'learner course home');

    // The text lesson: read it and mark it done; the next lesson (the quiz's) opens.
    const syllabus = page.getByRole('region', { name: t('learning.syllabus') });
    await syllabus.getByRole('link', { name: TEXT_LESSON }).click();
    await page.getByRole('heading', { level: 1, name: TEXT_LESSON }).waitFor();
    await page.locator('.prose strong', { hasText: 'the city' }).waitFor();
    await expectAccessible(page, 'lesson page');
    await page.getByRole('button', { name: t('learning.lesson.markDone') }).click();
    await page.getByText(t('learning.notices.lessonDone')).waitFor();
    await page.getByRole('heading', { level: 1, name: QUIZ_LESSON }).waitFor();

    // The quiz: a first attempt with every answer wrong.
    await page.getByRole('link', { name: t('learning.lesson.open.quiz') }).click();
    await page.getByRole('heading', { level: 2, name: t('quizzes.take.rules') }).waitFor();
    await expectAccessible(page, 'quiz page');
    await page.getByRole('button', { name: t('quizzes.take.start') }).click();
    await question(page, 1, 2).waitFor();
    await expectAccessible(page, 'quiz attempt');
    await question(page, 1, 2).getByLabel('Durban').check();
    await question(page, 2).getByLabel('Lagos').check();
    await question(page, 3).getByLabel(t('quizzes.false'), { exact: true }).check();
    await question(page, 4).getByLabel(t('quizzes.take.yourAnswer')).fill('The Netherlands');
    await page.getByRole('button', { name: t('quizzes.take.submit') }).click();

    // The result says it did not pass, and for each question what was right and why.
    const outcome = page.getByRole('status');
    await outcome.getByText(t('quizzes.outcome.failed'), { exact: true }).waitFor();
    await outcome
      .getByText(
        t('quizzes.result.score', 'en', { score: '0%', points: '0', count: 5, mark: '60%' }),
      )
      .waitFor();
    const first = review(page, 1, 0, 2);
    await first.getByText(t('quizzes.result.wrong'), { exact: true }).waitFor();
    await first.getByText('Durban sent participants.').waitFor();
    const antwerp = first.getByRole('listitem').filter({ hasText: 'Antwerp' });
    await antwerp.getByText(t('quizzes.result.rightChoice'), { exact: true }).waitFor();
    await first.getByText(t('quizzes.result.why'), { exact: true }).waitFor();
    await first.locator('strong', { hasText: 'Antwerp' }).waitFor();
    const fourth = review(page, 4, 0);
    await fourth.getByText('The Netherlands', { exact: true }).waitFor();
    // Accepted answers are listed as the author wrote them.
    await fourth.getByText(/\bBelgium\b/).waitFor();
    await expectAccessible(page, 'quiz result, not passed');

    // A second attempt with every answer right passes.
    await page.getByRole('link', { name: t('quizzes.take.backToQuiz') }).click();
    await page.getByRole('button', { name: t('quizzes.take.startAgain') }).click();
    await question(page, 1, 2).getByLabel('Antwerp').check();
    await question(page, 2).getByLabel('Płock').check();
    await question(page, 2).getByLabel('Diourbel').check();
    await question(page, 3).getByLabel(t('quizzes.true'), { exact: true }).check();
    await question(page, 4).getByLabel(t('quizzes.take.yourAnswer')).fill('belgium');
    await page.getByRole('button', { name: t('quizzes.take.submit') }).click();
    await outcome.getByText(t('quizzes.outcome.passed'), { exact: true }).waitFor();
    await review(page, 1, 2, 2).getByText(t('quizzes.result.right'), { exact: true }).waitFor();
    await expectAccessible(page, 'quiz result, passed');

    // Back on the course home, "continue" leads to the assignment.
    await page.getByRole('link', { name: t('quizzes.result.continue') }).click();
    await page.getByText(t('learning.progress.count', 'en', { done: '2', total: '3' })).waitFor();
    await page.getByRole('link', { name: t('learning.continue') }).click();
    await page.getByRole('heading', { level: 1, name: ASSIGNMENT_LESSON }).waitFor();
    await page.getByRole('link', { name: t('learning.lesson.open.assignment') }).click();
    await page.getByRole('heading', { level: 1, name: ASSIGNMENT_LESSON }).waitFor();
    await page.getByText(t('assignments.state.none')).waitFor();
    await expectAccessible(page, 'assignment page');
    await page.getByLabel(t('assignments.learner.text')).fill(ANSWER);
    await page.getByLabel(t('assignments.learner.file'), { exact: true }).setInputFiles({
      name: 'welcome-desk-plan.pdf',
      mimeType: 'application/pdf',
      buffer: smallPdf('Welcome desk plan'),
    });
    await page.getByRole('button', { name: t('assignments.learner.submit') }).click();
    await page.getByText(t('assignments.notices.submitted')).waitFor();
    const submitted = page.getByRole('region', {
      name: exactly(t('assignments.learner.yourSubmission')),
    });
    await submitted.getByText(ANSWER).waitFor();
    await submitted.getByRole('link', { name: 'welcome-desk-plan.pdf' }).waitFor();
    await expectAccessible(page, 'assignment submitted');
  });

  it('the facilitator finds the submission from their cohort view and grades it', async () => {
    const { facilitator, learner } = e2e.seeded;
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, facilitator);
    const page = await context.newPage();
    await visit(page, '/');
    await openFromHeader(page, 'common.nav.facilitate');
    await page.getByRole('heading', { level: 1, name: t('cohort.runsTitle') }).waitFor();
    await expectAccessible(page, 'runs I facilitate');
    await page.getByRole('link', { name: COURSE }).click();
    await page
      .getByRole('heading', { level: 1, name: t('cohort.title', 'en', { course: COURSE }) })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: learner.name });
    await row.getByText(t('cohort.status.enrolled'), { exact: true }).waitFor();
    await expectAccessible(page, 'cohort view');

    await page.getByRole('link', { name: t('cohort.gradingQueue', 'en', { count: '1' }) }).click();
    await page.getByRole('heading', { level: 1, name: t('assignments.queue.title') }).waitFor();
    await expectAccessible(page, 'grading queue');
    await page.getByRole('link', { name: learner.name }).click();
    const title = t('assignments.grading.title', 'en', { name: learner.name });
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(ANSWER).waitFor();
    const file = await download(page, page.getByRole('link', { name: 'welcome-desk-plan.pdf' }));
    assert.equal(file.subarray(0, 5).toString('latin1'), '%PDF-');
    await expectAccessible(page, 'grading page');

    await page.getByLabel(t('assignments.grading.score', 'en', { max: '100' })).fill('80');
    await page.getByLabel(t('assignments.grading.feedback')).fill(FEEDBACK);
    await page.getByRole('button', { name: t('assignments.grading.save') }).click();
    await page.getByText(t('assignments.notices.graded')).waitFor();
    const grade = page.getByRole('region', { name: t('assignments.grade.title') });
    await grade
      .getByText(t('assignments.grade.score', 'en', { score: '80', max: '100' }))
      .waitFor();
    await grade.getByText(t('assignments.grade.passed'), { exact: true }).waitFor();

    // The grade completed the learner's run.
    await page.getByRole('link', { name: t('assignments.grading.backToQueue') }).click();
    await page.getByRole('link', { name: t('assignments.queue.backToRun') }).click();
    await row.getByText(t('cohort.status.completed'), { exact: true }).waitFor();
  });

  it('the learner sees the course completed and downloads the certificate and its credential', async () => {
    const page = state.learner;
    assert.ok(page, 'the first journey signed the learner in');
    await openFromHeader(page, 'learning.nav.myLearning');
    const completed = page.getByRole('region', { name: t('learning.dashboard.completed') });
    await completed.getByRole('link', { name: COURSE }).waitFor();
    await completed
      .locator('.badge', { hasText: t('learning.enrolmentStatus.completed') })
      .waitFor();
    await expectAccessible(page, 'my learning');
    await completed.getByRole('link', { name: t('learning.dashboard.certificate') }).click();
    await page.getByRole('heading', { level: 1, name: t('certificates.mine.title') }).waitFor();
    await page.getByRole('heading', { level: 2, name: COURSE }).waitFor();
    await expectAccessible(page, 'my certificates');

    const pdf = await download(page, page.getByRole('link', { name: t('certificates.links.pdf') }));
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const jwt = await download(
      page,
      page.getByRole('link', { name: t('certificates.links.credential') }),
    );
    const parts = jwt.toString('utf8').trim().split('.');
    assert.equal(parts.length, 3, 'the credential is a signed JWT');
    const { vc } = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as {
      vc: { id: string; name: string; type: string[] };
    };
    assert.equal(vc.name, COURSE);
    assert.ok(vc.type.includes('OpenBadgeCredential'));

    await page.getByRole('link', { name: t('certificates.links.verify') }).click();
    await page.getByRole('heading', { level: 1, name: t('certificates.verify.title') }).waitFor();
    state.verifyURL = page.url();
    // The credential names the verification page as its id.
    assert.equal(vc.id, state.verifyURL);
  });

  it('the learner’s course home and lesson fit a small phone in Arabic', async () => {
    const { runId, learner } = e2e.seeded;
    const context = await e2e.browser.newContext({ width: 360, lang: 'ar' });
    await signInAs(e2e.server, context, learner);
    const page = await context.newPage();
    await visit(page, `/learn/${runId}`);
    // The learner's profile says English: they switch the interface to Arabic in the header.
    await page.getByRole('link', { name: LANGUAGE_NAMES.ar }).click();
    await page.getByRole('heading', { level: 1, name: COURSE }).waitFor();
    assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
    const three = new Intl.NumberFormat('ar').format(3);
    await page
      .getByText(t('learning.progress.count', 'ar', { done: three, total: three }))
      .waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'learner course home (ar, 360 px)');
    await page.getByRole('link', { name: TEXT_LESSON }).click();
    await page.getByRole('heading', { level: 1, name: TEXT_LESSON }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'lesson page (ar, 360 px)');
  });

  it('a visitor opens the verification page and sees the certificate is valid', async () => {
    assert.ok(state.verifyURL, 'the learner found the verification page');
    const page = await e2e.browser.newPage();
    await visit(page, state.verifyURL);
    const status = page.getByRole('status');
    await status.getByText(t('certificates.status.valid'), { exact: true }).waitFor();
    await status.getByText(t('certificates.verify.validText')).waitFor();
    await page.getByText(e2e.seeded.learner.name, { exact: true }).waitFor();
    await page.getByText(COURSE, { exact: true }).waitFor();
    // Only the holder downloads it.
    assert.equal(await page.getByRole('link', { name: t('certificates.links.pdf') }).count(), 0);
    await expectAccessible(page, 'verification page');
  });
});
