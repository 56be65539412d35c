import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext } from 'playwright-core';
import { seedDemo } from '../src/db/seed/seed.ts';
import { LANGUAGE_COOKIE } from '../src/web/context.ts';
import type { Language } from '../src/web/i18n.ts';
import type { VisitorOptions } from './support/browser.ts';
import { useE2E } from './support/harness.ts';
import { itChecksPagesInEveryLanguage } from './support/pages-in-languages.ts';
import { visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { t } from './support/text.ts';

// Every GET page of discussions, notifications and moderation (issue 7) in the six languages, at
// 360 px, with axe in English, on the demo data (threads in several languages and scripts): each
// page seen by the demo official it is for — Płock's officer, who takes part in the 2013 run and
// the twinning project and was mentioned there, and the facilitator, who moderates. A thread page
// without JavaScript; a reply by keyboard.

const PERSONAS = {
  member: 'learner.plock@demo.lphm.example',
  moderator: 'facilitator@demo.lphm.example',
} as const;
type Persona = keyof typeof PERSONAS;

describe('community pages: six languages, 360 px, no JavaScript, keyboard', () => {
  const e2e = useE2E(async (server) => {
    const { deps } = server;
    assert.ok(await seedDemo(deps), 'the demo data loads into an empty database');
    const users = await deps.db
      .selectFrom('users')
      .select(['id', 'email'])
      .where('email', 'in', Object.values(PERSONAS))
      .execute();
    const ids = Object.fromEntries(
      Object.entries(PERSONAS).map(([k, email]) => [k, users.find((u) => u.email === email)!.id]),
    ) as Record<Persona, number>;
    const threads = await deps.db
      .selectFrom('threads')
      .select(['id', 'subject_kind', 'subject_id', 'answer_post_id'])
      .orderBy('id')
      .execute();
    const question = threads.find((r) => r.answer_post_id !== null)!;
    const twinning = threads.find((r) => r.subject_kind === 'twinning')!;
    const theme = threads.find((r) => r.subject_kind === 'theme')!;
    // A post by someone else in the question thread: the member reports it; the answer is reported
    // already (by the member), so the moderation queue has an item.
    const others = await deps.db
      .selectFrom('posts')
      .select(['id'])
      .where('thread_id', '=', question.id)
      .where('author_id', '!=', ids.member)
      .orderBy('id')
      .execute();
    const toReport = others.find((p) => p.id !== question.answer_post_id)!;
    await deps.db
      .insertInto('post_reports')
      .values({
        post_id: question.answer_post_id!,
        reporter_id: ids.member,
        reason: 'off_topic',
        note: '',
        created_at: new Date().toISOString(),
      })
      .execute();
    const pages: Array<[string, string, Persona]> = [
      ['discussions hub', '/discussions', 'member'],
      [
        'search across discussions',
        `/discussions/search?q=${encodeURIComponent('enquête')}`,
        'member',
      ],
      ['course run threads', `/discussions/run/${question.subject_id}`, 'member'],
      ['twinning threads', `/discussions/twinning/${twinning.subject_id}`, 'member'],
      ['theme threads', `/discussions/theme/${theme.subject_id}`, 'member'],
      ['thread', `/threads/${question.id}`, 'member'],
      ['thread (moderator)', `/threads/${question.id}`, 'moderator'],
      ['twinning thread', `/threads/${twinning.id}`, 'member'],
      ['new thread', `/discussions/theme/${theme.subject_id}/new`, 'member'],
      ['notifications', '/notifications', 'member'],
      ['e-mail choices', '/account/notifications', 'member'],
      ['report form', `/posts/${toReport.id}/report`, 'member'],
      ['moderation queue', '/moderation', 'moderator'],
      ['moderation log', '/moderation/log', 'moderator'],
    ];
    return { ids, pages, question: question.id };
  });

  /** A context signed in as the persona, its interface in `lang` (the language cookie). */
  async function visitor(
    who: Persona,
    lang: Language,
    options: VisitorOptions = {},
  ): Promise<BrowserContext> {
    const context = await e2e.browser.newContext({ ...options, lang });
    await context.addCookies([{ name: LANGUAGE_COOKIE, value: lang, url: e2e.server.baseURL }]);
    await signInAs(e2e.server, context, { id: e2e.seeded.ids[who] });
    return context;
  }

  itChecksPagesInEveryLanguage(() => e2e.seeded.pages, visitor);

  it('without JavaScript, a thread page shows its posts and a quoted reply is posted', async () => {
    const page = await (await visitor('member', 'en', { javaScript: false })).newPage();
    const path = `/threads/${e2e.seeded.question}`;
    await visit(page, path);
    await page.getByText(t('threads.post.answer')).first().waitFor();
    await page
      .getByRole('link', { name: t('threads.post.quote') })
      .first()
      .click();
    await page.waitForURL((u) => u.searchParams.has('quote'));
    const form = page.locator(`form[action="${path}/posts"]`);
    await form.locator('textarea[name="body"]').fill('Merci, cela répond à ma question.');
    await form.locator('button[type="submit"]').click();
    await page.waitForURL((u) => u.pathname === path && /^#post-\d+$/.test(u.hash));
    await page.getByRole('article').filter({ hasText: 'cela répond à ma question' }).waitFor();
  });

  it('by keyboard, a member writes a reply and sends it', async () => {
    const page = await (await visitor('member', 'en')).newPage();
    const path = `/threads/${e2e.seeded.question}`;
    await visit(page, path);
    const focusedName = () =>
      page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
    for (let i = 0; i < 120 && (await focusedName()) !== 'body'; i++)
      await page.keyboard.press('Tab');
    assert.equal(await focusedName(), 'body', 'Tab reaches the reply box');
    await page.keyboard.type('Thank you, this helps our office.');
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    for (let i = 0; i < 5 && (await focusedText()) !== t('posts.form.submit'); i++)
      await page.keyboard.press('Tab');
    assert.equal(await focusedText(), t('posts.form.submit'), 'Tab reaches the send button');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === path && /^#post-\d+$/.test(u.hash));
    await page.getByRole('article').filter({ hasText: 'this helps our office' }).waitFor();
  });
});
