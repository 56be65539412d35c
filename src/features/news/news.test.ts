import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createNewsPost } from '../../../test/factories/news.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// Writing and reading news: the coordinators' form, the list, a post, drafts and languages.

describe('news posts', () => {
  let t: TestApp;
  let coordinator: Client;
  let learner: Client;
  const anon = () => new Client(t.app);

  const keyOf = (html: string) => /name="key" value="([^"]+)"/.exec(html)?.[1] ?? '';

  async function newForm(): Promise<{ csrf: string; key: string }> {
    const res = await coordinator.get('/news/new');
    assert.equal(res.statusCode, 200);
    return { csrf: /name="_csrf" value="([^"]+)"/.exec(res.body)![1]!, key: keyOf(res.body) };
  }

  const post = (fields: Record<string, string>) => ({
    status: 'published',
    published_on: '2013-09-28',
    original_language: 'en',
    ...fields,
  });

  before(async () => {
    t = await createTestApp();
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    learner = (await signInNew(t.app, t.deps)).client;
  });
  after(() => t.close());

  it('lets a coordinator write a post in two languages, shown in the reader’s language', async () => {
    const { csrf, key } = await newForm();
    const res = await coordinator.post(
      '/news',
      post({
        _csrf: csrf,
        key,
        title_en: 'Red Star Line Museum opens',
        summary_en: 'Antwerp opens a museum of migration.',
        body_en: 'The **City of Antwerp** opened the museum.',
        title_fr: 'Ouverture du musée Red Star Line',
        summary_fr: 'Anvers ouvre un musée de la migration.',
        body_fr: 'La ville d’Anvers a ouvert le musée.',
      }),
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/news/red-star-line-museum-opens?done=created');

    const en = await anon().get('/news/red-star-line-museum-opens');
    assert.equal(en.statusCode, 200);
    assert.match(en.body, /<h1[^>]*>Red Star Line Museum opens<\/h1>/);
    assert.match(en.body, /<strong>City of Antwerp<\/strong>/);
    assert.match(en.body, /September 28, 2013/);

    const frReader = anon();
    frReader.lang = 'fr';
    const fr = await frReader.get('/news/red-star-line-museum-opens');
    assert.match(fr.body, /<h1[^>]*>Ouverture du musée Red Star Line<\/h1>/);
    assert.doesNotMatch(fr.body, /Pas encore traduit/);

    const esReader = anon();
    esReader.lang = 'es';
    const es = await esReader.get('/news/red-star-line-museum-opens');
    assert.match(es.body, /<h1[^>]*>Red Star Line Museum opens<\/h1>/);
    assert.match(es.body, /Aún no traducida a su idioma: se muestra en inglés\./);
    assert.match(es.body, /<h1 lang="en" dir="auto">Red Star Line Museum opens<\/h1>/);
  });

  it('names each field to fix, keeps the input and stores nothing for bad input', async () => {
    const before = (await anon().get('/news')).body;
    const cases: Array<[Record<string, string>, string]> = [
      [{ title_en: '' }, 'field-title_en-error'],
      [{ title_en: 'Fine', published_on: '2013-02-31' }, 'field-published_on-error'],
      [{ title_en: 'Fine', published_on: 'yesterday' }, 'field-published_on-error'],
      [{ title_en: 'Fine', status: 'archived' }, 'field-status-error'],
      [{ title_en: 'Fine', original_language: 'de' }, 'field-original_language-error'],
      [{ title_en: 'Fine', summary_fr: 'Sans titre' }, 'field-title_fr-error'],
      [{ title_en: 'Fine', original_language: 'fr' }, 'field-title_fr-error'],
      [{ title_en: 'Bad\u202Etitle' }, 'field-title_en-error'],
      [{ title_en: 'x'.repeat(201) }, 'field-title_en-error'],
    ];
    for (const [fields, error] of cases) {
      const { csrf, key } = await newForm();
      const res = await coordinator.post('/news', post({ _csrf: csrf, key, ...fields }));
      assert.equal(res.statusCode, 400, JSON.stringify(fields));
      assert.match(res.body, new RegExp(`id="${error}"`), JSON.stringify(fields));
      assert.match(res.body, /class="error-summary"/);
      if (fields.summary_fr) assert.match(res.body, />Sans titre<\/textarea>/);
    }
    const { csrf } = await newForm();
    const noKey = await coordinator.post('/news', post({ _csrf: csrf, title_en: 'No key' }));
    assert.equal(noKey.statusCode, 400);
    assert.match(noKey.body, /This form has expired/);
    const fresh = keyOf(noKey.body);
    assert.ok(fresh.length >= 20, 'a fresh key after an expired one');
    const { csrf: c2, key } = await newForm();
    const kept = await coordinator.post('/news', post({ _csrf: c2, key, title_en: '' }));
    assert.equal(keyOf(kept.body), key, 'the same key after another mistake');
    assert.equal((await anon().get('/news')).body, before);
  });

  it('stores one post when the same form is sent twice at once', async () => {
    const { csrf, key } = await newForm();
    const fields = post({ _csrf: csrf, key, title_en: 'Twice sent news' });
    const answers = await Promise.all([
      coordinator.post('/news', fields),
      coordinator.post('/news', fields),
      coordinator.post('/news', fields),
    ]);
    assert.deepEqual(
      answers.map((a) => a.statusCode),
      [303, 303, 303],
    );
    assert.equal(new Set(answers.map((a) => a.headers.location)).size, 1);
    const rows = await t.deps.db
      .selectFrom('news_translations')
      .select('post_id')
      .where('title', '=', 'Twice sent news')
      .execute();
    assert.equal(rows.length, 1);
  });

  it('keeps writing to coordinators', async () => {
    assert.equal((await anon().get('/news/new')).statusCode, 303);
    assert.equal((await learner.get('/news/new')).statusCode, 403);
    const csrf = await learner.csrfFrom('/news');
    const res = await learner.post('/news', post({ _csrf: csrf, title_en: 'Not mine' }));
    assert.equal(res.statusCode, 403);
    const { slug } = await createNewsPost(t.deps);
    assert.equal((await learner.get(`/news/${slug}/edit`)).statusCode, 403);
    const edit = await learner.post(`/news/${slug}/edit`, post({ _csrf: csrf, title_en: 'X' }));
    assert.equal(edit.statusCode, 403);
    assert.doesNotMatch((await learner.get('/news')).body, /Write a news post/);
  });

  it('hides drafts from all but coordinators', async () => {
    const { slug } = await createNewsPost(t.deps, {
      status: 'draft',
      translations: { en: { title: 'Secret draft news' } },
    });
    assert.equal((await anon().get(`/news/${slug}`)).statusCode, 404);
    assert.equal((await learner.get(`/news/${slug}`)).statusCode, 404);
    const seen = await coordinator.get(`/news/${slug}`);
    assert.equal(seen.statusCode, 200);
    assert.match(seen.body, /class="badge">Draft</);
    assert.doesNotMatch((await anon().get('/news')).body, /Secret draft news/);
    assert.match((await coordinator.get('/news')).body, /Drafts[\s\S]*Secret draft news/);
    assert.equal((await anon().get('/news/no-such-post')).statusCode, 404);
    assert.equal((await anon().get('/news/%00..%2F')).statusCode, 404);
  });

  it('edits a post in place and publishes a draft', async () => {
    const { slug } = await createNewsPost(t.deps, {
      status: 'draft',
      translations: { en: { title: 'Draft to publish' } },
    });
    const form = await coordinator.get(`/news/${slug}/edit`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /value="Draft to publish"/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
    const bad = await coordinator.post(
      `/news/${slug}/edit`,
      post({ _csrf: csrf, title_en: 'Renamed', published_on: '2013-13-01' }),
    );
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /value="Renamed"/);
    const ok = await coordinator.post(
      `/news/${slug}/edit`,
      post({ _csrf: csrf, title_en: 'Renamed', title_ru: 'Переименовано' }),
    );
    assert.equal(ok.statusCode, 303);
    assert.equal(ok.headers.location, `/news/${slug}?done=saved`);
    const reader = anon();
    reader.lang = 'ru';
    assert.match((await reader.get(`/news/${slug}`)).body, /<h1[^>]*>Переименовано<\/h1>/);
    assert.match((await anon().get('/news')).body, /Renamed/);
    assert.equal((await coordinator.get('/news/nothing-here/edit')).statusCode, 404);
  });

  it('renders Markdown without letting HTML or script links through', async () => {
    const { slug } = await createNewsPost(t.deps, {
      translations: {
        en: {
          title: 'Markdown news',
          summary: '<b>bold?</b>',
          body: '<script>alert(1)</script>\n\n[click](javascript:alert(1)) [site](https://iom.int)',
        },
      },
    });
    const body = (await anon().get(`/news/${slug}`)).body;
    assert.doesNotMatch(body, /<script>alert/);
    assert.doesNotMatch(body, /href="javascript:/);
    assert.match(body, /&lt;b>bold\?&lt;\/b>|&lt;b&gt;bold\?&lt;\/b&gt;/);
    assert.match(body, /href="https:\/\/iom\.int"/);
  });
});
