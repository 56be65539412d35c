import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { jobHandlers } from '../src/jobs/handlers.ts';
import { runDueJobs } from '../src/jobs/jobs.ts';
import { createCityCoordinator } from '../test/factories/cityshare.ts';
import { createCourse } from '../test/factories/courses.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createCity, createOrganisation } from '../test/factories/organisations.ts';
import { createRun, enrol } from '../test/factories/runs.ts';
import { createTwinning } from '../test/factories/twinnings.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import { visit } from './support/page.ts';
import { signInAs, type E2EServer } from './support/server.ts';
import { startSmtpSink, type SmtpSink } from './support/smtp.ts';
import { exactly, t } from './support/text.ts';

// Discussions end to end (issue 7): a learner asks a question in a course run, the facilitator
// answers and marks the answer, the learner is told and opens the notification; a city
// coordinator mentions a partner city's official in a twinning thread, who gets an e-mail (counted
// at an SMTP sink in this process) and replies; a participant reports a post and the facilitator
// hides it from the moderation queue. The journeys run in order.

const QUESTION = 'How do we count newcomers who are not registered?';
const ANSWER = 'Use the school enrolment figures: they include families not yet registered.';
const TWINNING_THREAD = 'Sharing the front-desk training handbook';
const PARTNER = 'Katarzyna Nowak';
const RUDE = 'Nobody here knows anything about this, obviously.';

describe('discussions: questions and answers, mentions by e-mail, reports and moderation', () => {
  let smtp: SmtpSink;
  const e2e = useE2E(async (server: E2EServer) => {
    const { deps } = server;
    // E-mail goes to an SMTP sink in this process (the server's config is this file's own).
    smtp = await startSmtpSink();
    deps.config.SMTP_URL = smtp.url;
    const org = await createOrganisation(deps, { name: 'Migration Training Centre' });
    const facilitator = await createOfficial(deps, {
      name: 'Farida Haddad',
      roles: ['facilitator'],
    });
    const learner = await createOfficial(deps, { name: 'Lucas Moreau' });
    const participant = await createOfficial(deps, { name: 'Mei Chen' });
    const course = await createCourse(deps, {
      organisationId: org.id,
      createdBy: facilitator.id,
      status: 'published',
      modules: [1],
    });
    const run = await createRun(deps, course.id, {
      title: 'Spring cohort',
      facilitatorIds: [facilitator.id],
    });
    await enrol(deps, run.id, learner.id);
    await enrol(deps, run.id, participant.id);
    const antwerp = await createCity(deps, { name: 'Antwerp', country: 'BE' });
    const plock = await createCity(deps, { name: 'Płock', country: 'PL' });
    const coordinator = await createCityCoordinator(deps, antwerp.id, { name: 'Jan Peeters' });
    const partner = await createCityCoordinator(deps, plock.id, { name: PARTNER });
    const twinning = await createTwinning(deps, {
      cityIds: [antwerp.id, plock.id],
      facilitatorId: facilitator.id,
      title: 'Antwerp–Płock: welcoming newcomers',
    });
    return { facilitator, learner, participant, coordinator, partner, run, twinning };
  });
  after(() => smtp?.close());
  const state: { thread?: string } = {};

  async function as(who: { id: number }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, who);
    return { context, page: await context.newPage() };
  }

  /** Starts a discussion from a subject's thread list; returns the new thread's path. */
  async function startThread(page: Page, listPath: string, title: string, body: string) {
    await visit(page, listPath);
    await page.getByRole('link', { name: exactly(t('discussions.list.start')) }).click();
    await page.getByRole('heading', { level: 1, name: t('posts.newThread.title') }).waitFor();
    await page.getByLabel(t('posts.form.title'), { exact: true }).fill(title);
    await page.getByLabel(t('posts.form.body'), { exact: true }).fill(body);
    await page.getByRole('button', { name: exactly(t('posts.newThread.submit')) }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    return new URL(page.url()).pathname;
  }

  /** Replies at the end of a thread page and waits for the reply to appear. */
  async function reply(page: Page, body: string) {
    await page.getByLabel(t('posts.form.body'), { exact: true }).fill(body);
    await page.getByRole('button', { name: exactly(t('posts.form.submit')) }).click();
    await postBy(page, body).waitFor();
  }

  /** The post (article) whose text includes `text`. */
  function postBy(page: Page, text: string) {
    return page.getByRole('article').filter({ hasText: text });
  }

  it('a learner asks in the course run, the facilitator answers and marks it, the learner is told', async () => {
    const { learner, facilitator, run } = e2e.seeded;
    const asker = await as(learner);
    state.thread = await startThread(
      asker.page,
      `/discussions/run/${run.id}`,
      QUESTION,
      'Our statistics office only counts residents who have registered. What do other cities do?',
    );
    await expectAccessible(asker.page, 'new thread');

    const answerer = await as(facilitator);
    await visit(answerer.page, state.thread);
    await reply(answerer.page, ANSWER);
    await postBy(answerer.page, ANSWER)
      .getByRole('button', { name: exactly(t('threads.post.markAnswer')) })
      .click();
    await answerer.page.getByRole('status').getByText(t('threads.notices.answer')).waitFor();
    await postBy(answerer.page, ANSWER).getByText(t('threads.post.answer')).first().waitFor();

    await visit(asker.page, '/notifications');
    await expectAccessible(asker.page, 'notifications');
    const told = t('threads.notify.answer', 'en', { actor: facilitator.name, thread: QUESTION });
    await asker.page.getByRole('link', { name: told }).first().click();
    await asker.page.waitForURL((url) => url.pathname === state.thread);
    assert.match(asker.page.url(), /#post-\d+$/);
    await asker.page.getByRole('link', { name: t('threads.page.goToAnswer') }).waitFor();
    await asker.context.close();
    await answerer.context.close();
  });

  it('a city coordinator mentions a partner in the twinning project; the partner gets an e-mail and replies', async () => {
    const { coordinator, partner, twinning } = e2e.seeded;
    const writer = await as(coordinator);
    const before = smtp.to(partner.email).length;
    const path = await startThread(
      writer.page,
      `/discussions/twinning/${twinning.id}`,
      TWINNING_THREAD,
      `@${PARTNER}, could your team check the Polish version of the handbook before we print it?`,
    );
    await runDueJobs(e2e.server.deps, jobHandlers);
    const mails = smtp.to(partner.email).slice(before);
    assert.equal(mails.length, 1, 'the partner gets one e-mail');
    assert.match(mails[0]!.data, new RegExp(path.replace(/\//g, '\\/')));
    assert.equal(smtp.to(coordinator.email).length, 0, 'the writer is not told of their own post');

    const reader = await as(partner);
    await visit(reader.page, '/notifications');
    const told = t('posts.notify.mention', 'en', {
      actor: coordinator.name,
      thread: TWINNING_THREAD,
    });
    await reader.page.getByRole('link', { name: told }).first().click();
    await reader.page.waitForURL((url) => url.pathname === path);
    await reply(reader.page, 'Of course: send us the file and we will read it within a week.');
    await writer.context.close();
    await reader.context.close();
  });

  it('a participant reports a post and the facilitator hides it from the moderation queue', async () => {
    const { participant, learner, facilitator } = e2e.seeded;
    const rude = await as(learner);
    await visit(rude.page, state.thread!);
    await reply(rude.page, RUDE);

    const reporter = await as(participant);
    await visit(reporter.page, state.thread!);
    await postBy(reporter.page, RUDE)
      .getByRole('link', { name: exactly(t('threads.post.report')) })
      .click();
    await reporter.page
      .getByRole('heading', { level: 1, name: t('moderation.report.title') })
      .waitFor();
    await expectAccessible(reporter.page, 'report form');
    await reporter.page
      .getByLabel(t('moderation.report.reason'))
      .selectOption({ label: t('moderation.reasons.abuse') });
    await reporter.page
      .getByRole('button', { name: exactly(t('moderation.report.submit')) })
      .click();
    await reporter.page.getByRole('status').getByText(t('moderation.notices.reported')).waitFor();

    const moderator = await as(facilitator);
    await visit(moderator.page, '/moderation');
    await expectAccessible(moderator.page, 'moderation queue');
    const item = moderator.page.getByRole('listitem').filter({ hasText: RUDE }).first();
    await item.getByRole('button', { name: exactly(t('moderation.queue.hide')) }).click();
    await moderator.page.getByRole('status').getByText(t('moderation.notices.hidden')).waitFor();

    await visit(reporter.page, state.thread!);
    await reporter.page.getByText(t('threads.post.hidden')).waitFor();
    assert.equal(await reporter.page.getByText(RUDE).count(), 0, 'the hidden text is gone');
    await rude.context.close();
    await reporter.context.close();
    await moderator.context.close();
  });
});
