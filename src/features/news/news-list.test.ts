import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createNewsPost } from '../../../test/factories/news.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// The news list, the home page's latest news and the Atom and RSS feeds.

describe('news list, home page and feeds', () => {
  let t: TestApp;
  const anon = () => new Client(t.app);
  const day = (n: number) => new Date(Date.UTC(2013, 0, 1 + n));

  before(async () => {
    t = await createTestApp({ BASE_URL: 'https://lphm.example.org' });
    // 25 published posts dated 1–25 January 2013, made in scrambled order, and one draft.
    for (const n of [
      3, 0, 24, 7, 12, 1, 2, 4, 5, 6, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
    ])
      await createNewsPost(t.deps, {
        publishedAt: day(n),
        translations: {
          en: { title: `Day ${n + 1} news`, summary: `Summary ${n + 1}`, body: 'Body & more' },
          ...(n === 24 ? { fr: { title: 'Nouvelles du jour 25', summary: 'Résumé 25' } } : {}),
        },
      });
    await createNewsPost(t.deps, {
      status: 'draft',
      translations: { en: { title: 'Unpublished draft' } },
    });
  });
  after(() => t.close());

  const titles = (html: string) =>
    [...html.matchAll(/<a href="\/news\/[a-z0-9-]+"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);

  it('lists published posts newest first, twenty a page', async () => {
    const first = await anon().get('/news');
    assert.equal(first.statusCode, 200);
    const shown = titles(first.body);
    assert.equal(shown.length, 20);
    assert.deepEqual(shown.slice(0, 3), ['Day 25 news', 'Day 24 news', 'Day 23 news']);
    assert.doesNotMatch(first.body, /Unpublished draft/);
    assert.match(first.body, /href="\/news\?page=2" rel="next"/);
    const second = await anon().get('/news?page=2');
    assert.deepEqual(titles(second.body), [
      'Day 5 news',
      'Day 4 news',
      'Day 3 news',
      'Day 2 news',
      'Day 1 news',
    ]);
    assert.doesNotMatch(second.body, /rel="next"/);
    assert.match(second.body, /href="\/news">Newer news/);
    for (const odd of ['/news?page=abc', '/news?page=-1', '/news?page=99999999999'])
      assert.equal((await anon().get(odd)).statusCode, 200, odd);
    assert.match((await anon().get('/news?page=9')).body, /No news has been published yet/);
  });

  it('links both feeds from the news page', async () => {
    const body = (await anon().get('/news')).body;
    assert.match(
      body,
      /href="\/news\/feed\.atom\?lang=en" type="application\/atom\+xml">Atom feed/,
    );
    assert.match(body, /href="\/news\/feed\.rss\?lang=en" type="application\/rss\+xml">RSS feed/);
  });

  it('shows the three latest posts on the home page, with a link to all news', async () => {
    const body = (await anon().get('/')).body;
    assert.match(body, /Latest news/);
    const shown = titles(body);
    assert.deepEqual(shown, ['Day 25 news', 'Day 24 news', 'Day 23 news']);
    assert.match(body, /Summary 25/);
    assert.match(body, /January 25, 2013/);
    assert.match(body, /<a href="\/news">All news<\/a>/);
  });

  it('shows a new post to anonymous visitors at once, although their pages are cached', async () => {
    await anon().get('/');
    await anon().get('/news');
    const coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    const form = await coordinator.get('/news/new');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
    const key = /name="key" value="([^"]+)"/.exec(form.body)![1]!;
    const res = await coordinator.post('/news', {
      _csrf: csrf,
      key,
      status: 'published',
      published_on: '2013-02-01',
      original_language: 'en',
      title_en: 'Fresh news',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(titles((await anon().get('/')).body)[0], 'Fresh news');
    assert.equal(titles((await anon().get('/news')).body)[0], 'Fresh news');
    const atom = await anon().get('/news/feed.atom');
    assert.match(atom.body, /Fresh news/);
  });

  it('serves an Atom feed of at most twenty published posts with absolute links', async () => {
    const res = await anon().get('/news/feed.atom');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8');
    assert.match(res.body, /^<\?xml/);
    assert.match(res.body, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    assert.equal((res.body.match(/<entry>/g) ?? []).length, 20);
    assert.match(res.body, /<link href="https:\/\/lphm\.example\.org\/news\/day-25-news"\/?>/);
    assert.match(
      res.body,
      /<title type="html"><!\[CDATA\[Day 25 news\]\]><\/title>|<title>Day 25 news<\/title>/,
    );
    assert.doesNotMatch(res.body, /Unpublished draft/);
    assert.doesNotMatch(res.body, /Body & more/);
  });

  it('serves an RSS feed, in the language asked for', async () => {
    const res = await anon().get('/news/feed.rss?lang=fr');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8');
    assert.match(res.body, /<rss version="2.0"/);
    assert.match(res.body, /<language>fr<\/language>/);
    assert.match(res.body, /Actualités de la LPHM/);
    assert.match(res.body, /Nouvelles du jour 25/);
    assert.match(res.body, /<link>https:\/\/lphm\.example\.org\/news\/day-25-news<\/link>/);
    assert.equal((res.body.match(/<item>/g) ?? []).length, 20);
    const reader = anon();
    reader.lang = 'fr';
    assert.match((await reader.get('/news/feed.rss')).body, /<language>fr<\/language>/);
    const odd = await anon().get('/news/feed.rss?lang=%3Cscript%3E');
    assert.equal(odd.statusCode, 200);
    assert.match(odd.body, /<language>en<\/language>/);
  });
});
