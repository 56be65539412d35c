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

// Every GET page of the knowledge library, the expert directory, news and partner workspaces
// (issue 6) in the six languages, at 360 px, with axe, on the demo data: each page seen by the
// demo official it is for (the coordinator, the IOM partner editor, an approved expert, and an
// official without an expert profile); two forms sent without JavaScript; one by keyboard.

const PERSONAS = {
  coordinator: 'coordinator@demo.lphm.example',
  editor: 'editor.iom@demo.lphm.example',
  expert: 'learner.antwerp@demo.lphm.example',
  official: 'learner.shanghai@demo.lphm.example',
} as const;
type Persona = keyof typeof PERSONAS;

describe('library, experts and news pages: six languages, 360 px, no JavaScript, keyboard', () => {
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
    const slugOf = async (table: 'resources' | 'news_posts', id: number) =>
      (
        await deps.db
          .selectFrom(table)
          .select('slug')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).slug;
    const guide = await deps.db
      .selectFrom('resource_translations')
      .select('resource_id')
      .where('title', '=', 'Migration and local development: a guide for local authorities')
      .executeTakeFirstOrThrow();
    const museum = await deps.db
      .selectFrom('news_translations')
      .select('post_id')
      .where('title', '=', 'Antwerp opens the Red Star Line Museum')
      .executeTakeFirstOrThrow();
    const expert = await deps.db
      .selectFrom('experts')
      .select('slug')
      .where('user_id', '=', ids.expert)
      .executeTakeFirstOrThrow();
    const draft = await deps.db
      .selectFrom('resource_translations')
      .select('resource_id')
      .where('title', '=', 'Return and reintegration: a checklist for municipalities')
      .executeTakeFirstOrThrow();
    const resource = await slugOf('resources', guide.resource_id);
    const mine = await slugOf('resources', draft.resource_id);
    const post = await slugOf('news_posts', museum.post_id);
    const pages: Array<[string, string, Persona]> = [
      ['library search', '/library', 'official'],
      ['library search with results', '/library?q=guichet+unique', 'official'],
      ['resource', `/library/${resource}`, 'official'],
      ['new resource', '/library/new', 'editor'],
      ['my resources', '/authoring/resources', 'editor'],
      ['review queue', '/review/resources', 'coordinator'],
      ['experts', '/experts', 'official'],
      ['expert', `/experts/${expert.slug}`, 'official'],
      ['new expert profile', '/experts/new', 'official'],
      ['expert review', '/review/experts', 'coordinator'],
      ['my invitations', '/experts/invitations', 'expert'],
      ['news', '/news', 'official'],
      ['news post', `/news/${post}`, 'official'],
      ['new news post', '/news/new', 'coordinator'],
      ['partner workspace', '/organisations/iom', 'editor'],
      ['draft resource', `/library/${mine}`, 'editor'],
      ['resource edit', `/library/${mine}/edit`, 'editor'],
      ['resource files', `/library/${mine}/files`, 'editor'],
      ['resource changes', `/library/${mine}/changes`, 'editor'],
      ['expert edit', `/experts/${expert.slug}/edit`, 'expert'],
      ['news post edit', `/news/${post}/edit`, 'coordinator'],
    ];
    return { ids, pages, resource, post };
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

  itChecksPagesInEveryLanguage(() => e2e.seeded.pages, visitor, {
    sameAddress: true,
  });
  describe('without JavaScript', () => {
    it('an official without a profile submits one, which waits for approval', async () => {
      const page = await (await visitor('official', 'en', { javaScript: false })).newPage();
      await visit(page, '/experts/new');
      const form = page.locator('main form[method="post"]').first();
      await form.locator('select[name="sector"]').selectOption('city_practitioner');
      await form.locator('input[name="themes"][value="urbanisation-environment"]').check();
      await form
        .locator('textarea[name="biography"]')
        .fill('Plans services for workers who move to the new districts.');
      await form.locator('button[type="submit"]').first().click();
      await page.waitForURL((u) => u.pathname !== '/experts/new');
      await page.getByRole('status').first().waitFor();
      const row = await e2e.server.deps.db
        .selectFrom('experts')
        .select('status')
        .where('user_id', '=', e2e.seeded.ids.official)
        .executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending');
    });

    it('the coordinator writes a news post, whose page shows', async () => {
      const page = await (await visitor('coordinator', 'en', { javaScript: false })).newPage();
      await visit(page, '/news/new');
      const form = page.locator('main form[method="post"]').first();
      await form.locator('select[name="original_language"]').selectOption('en');
      await form.locator('input[name="title_en"]').fill('Library reaches forty resources');
      await form.locator('textarea[name="summary_en"]').fill('Partners shared forty resources.');
      await form.locator('textarea[name="body_en"]').fill('Toolkits, reports and good practices.');
      await form.locator('button[type="submit"]').first().click();
      await page.waitForURL((u) => u.pathname.startsWith('/news/library-reaches-forty'));
      await page
        .getByRole('heading', { level: 1, name: 'Library reaches forty resources' })
        .waitFor();
    });
  });

  it('by keyboard, a visitor searches inside documents and opens the resource found', async () => {
    const page = await (await visitor('official', 'en')).newPage();
    await visit(page, '/library');
    const focusedName = () =>
      page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
    for (let i = 0; i < 60 && (await focusedName()) !== 'q'; i++) await page.keyboard.press('Tab');
    assert.equal(await focusedName(), 'q', 'Tab reaches the search field');
    await page.keyboard.type('guichet unique');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === 'guichet unique');
    const href = `/library/${e2e.seeded.resource}`;
    const focusedHref = () =>
      page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    for (let i = 0; i < 120 && (await focusedHref()) !== href; i++)
      await page.keyboard.press('Tab');
    assert.equal(await focusedHref(), href, 'Tab reaches the resource found');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === href);
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Migration and local development: a guide for local authorities',
      })
      .waitFor();
  });
});
