import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createOfficial } from '../test/factories/officials.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import { expectFieldError, expectNoHorizontalScroll, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// News: a coordinator writes a post in English and French and publishes it; a French-speaking
// visitor finds it on the home page and the news page; the Atom feed lists it. The journeys run
// in order.

const EN = {
  title: 'Red Star Line Museum opens in Antwerp',
  summary: 'The City of Antwerp inaugurates a museum of migration.',
  body: 'On 28 September 2013 the **City of Antwerp** opened the Red Star Line Museum.',
};
const FR = {
  title: 'Le musée Red Star Line ouvre à Anvers',
  summary: 'La ville d’Anvers inaugure un musée de la migration.',
  body: 'Le 28 septembre 2013, la **ville d’Anvers** a ouvert le musée Red Star Line.',
};

describe('news: a coordinator publishes a post that visitors and feeds show', () => {
  const e2e = useE2E(async (server) => ({
    coordinator: await createOfficial(server.deps, {
      name: 'Cora Coordinator',
      roles: ['coordinator'],
    }),
  }));

  it('a coordinator writes a post in English and French and publishes it', async () => {
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, e2e.seeded.coordinator);
    const page = await context.newPage();
    await visit(page, '/news');
    await page.getByRole('link', { name: exactly(t('news.list.write')) }).click();
    await page.getByRole('heading', { level: 1, name: t('news.form.newTitle') }).waitFor();
    await expectAccessible(page, 'news form');

    await page.getByLabel(t('news.form.status')).selectOption('published');
    await page.getByLabel(t('news.form.publishedOn')).fill('2013-09-28');
    const english = page.getByRole('group', { name: 'English' });
    const french = page.getByRole('group', { name: 'Français' });
    // The French text first, without its title: the form says what is missing and keeps the rest.
    await french.getByLabel(t('news.form.summary')).fill(FR.summary);
    await english.getByLabel(t('news.form.title')).fill(EN.title);
    await english.getByLabel(t('news.form.summary')).fill(EN.summary);
    await english.getByLabel(t('news.form.body')).fill(EN.body);
    await page.getByRole('button', { name: t('news.form.save') }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: t('news.errors.titleMissing') })
      .waitFor();
    await expectFieldError(french.getByLabel(t('news.form.title')), t('news.errors.titleMissing'));
    assert.equal(await english.getByLabel(t('news.form.body')).inputValue(), EN.body);

    await french.getByLabel(t('news.form.title')).fill(FR.title);
    await french.getByLabel(t('news.form.body')).fill(FR.body);
    await page.getByRole('button', { name: t('news.form.save') }).click();
    await page.getByRole('status').getByText(t('news.notices.created')).waitFor();
    await page.getByRole('heading', { level: 1, name: EN.title }).waitFor();
    await page.locator('strong', { hasText: 'City of Antwerp' }).waitFor();
    await expectAccessible(page, 'news post');
  });

  it('a visitor in French sees it on the home page and the news page', async () => {
    const page = await e2e.browser.newPage({ lang: 'fr', width: 360 });
    await visit(page, '/');
    const latest = page.getByRole('region', { name: t('news.home.title', 'fr') });
    await latest.getByRole('link', { name: exactly(FR.title) }).waitFor();
    await latest.getByText(FR.summary).waitFor();
    await latest.getByRole('link', { name: exactly(t('news.home.all', 'fr')) }).click();
    await page.getByRole('heading', { level: 1, name: t('news.title', 'fr') }).waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'news list in French');
    await page.getByRole('link', { name: exactly(FR.title) }).click();
    await page.getByRole('heading', { level: 1, name: FR.title }).waitFor();
    await page.getByText('28 septembre 2013').first().waitFor();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'news post in French');
  });

  it('the Atom feed lists it', async () => {
    const page = await e2e.browser.newPage({ lang: 'fr' });
    await visit(page, '/news');
    const href = await page
      .getByRole('link', { name: exactly(t('news.list.atom', 'fr')) })
      .getAttribute('href');
    assert.equal(href, '/news/feed.atom?lang=fr');
    const res = await page.request.get(href!);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'application/atom+xml; charset=utf-8');
    const xml = await res.text();
    assert.ok(xml.includes(FR.title), 'the feed has the French title');
    assert.match(xml, new RegExp(`<link href="${e2e.server.baseURL}/news/[a-z0-9-]+"`));
  });
});
