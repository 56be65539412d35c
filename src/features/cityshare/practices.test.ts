import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCityCoordinator } from '../../../test/factories/cityshare.ts';
import { createCity } from '../../../test/factories/organisations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';

// Good practices, written and published: city coordinators write their cities' practices,
// programme coordinators any; drafts stay with those who may edit them; bad input changes nothing.

const form = (over: Record<string, string> = {}) => ({
  title: 'Welcome desk for newcomers',
  theme: 'social-cohesion',
  language: 'en',
  problem: 'Newcomers did not know **where to turn**.',
  approach: 'One desk at the town hall.',
  results: '1,200 visitors in the first year.',
  resources: '',
  success_factors: '',
  transferability: '',
  transferable_to: '',
  contacts: '',
  ...over,
});

describe('good practices: writing and publishing', () => {
  let t: TestApp;
  let antwerp: { id: number; slug: string };
  let plock: { id: number; slug: string };
  let antwerpCoordinator: Client;
  let plockCoordinator: Client;
  let programme: Client;
  let learner: Client;
  let visitor: Client;

  const practices = () => t.deps.db.selectFrom('practices').selectAll().orderBy('id').execute();
  const create = (c: Client, fields: Record<string, string>) =>
    c.submit('/practices/new', '/practices', fields);

  before(async () => {
    t = await createTestApp();
    await createThemes(t.deps);
    antwerp = await createCity(t.deps, { name: 'Antwerp' });
    plock = await createCity(t.deps, { name: 'Płock', country: 'PL', languages: ['pl'] });
    antwerpCoordinator = await signIn(t.app, await createCityCoordinator(t.deps, antwerp.id));
    plockCoordinator = await signIn(t.app, await createCityCoordinator(t.deps, plock.id));
    programme = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    learner = (await signInNew(t.app, t.deps, { organisationId: antwerp.id })).client;
    visitor = new Client(t.app);
  });
  after(() => t.close());

  it('lets a city coordinator write a draft that only editors see, then publish it', async () => {
    const page = await antwerpCoordinator.get('/practices/new');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`<option value="${antwerp.id}"`));
    assert.doesNotMatch(page.body, new RegExp(`<option value="${plock.id}"`), 'only their city');

    const res = await create(antwerpCoordinator, { ...form(), city: String(antwerp.id) });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/practices/welcome-desk-for-newcomers?done=created');
    const [row] = await practices();
    assert.ok(row);
    assert.equal(row.status, 'draft');
    assert.equal(row.organisation_id, antwerp.id);
    assert.match(row.search_text, /where to turn/);

    const url = '/practices/welcome-desk-for-newcomers';
    assert.equal((await visitor.get(url)).statusCode, 404);
    assert.equal((await plockCoordinator.get(url)).statusCode, 404);
    assert.equal((await learner.get(url)).statusCode, 404, 'a member who does not coordinate');
    assert.equal((await programme.get(url)).statusCode, 200);
    const own = await antwerpCoordinator.get(`${url}?done=created`);
    assert.match(own.body, /saved as a draft/);
    assert.match(own.body, /<strong>where to turn<\/strong>/, 'Markdown is rendered');
    assert.doesNotMatch((await visitor.get('/practices')).body, /Welcome desk/);

    const published = await antwerpCoordinator.submit(url, `${url}/publish`, {});
    assert.equal(published.statusCode, 303);
    assert.equal(published.headers.location, `${url}?done=published`);
    const pub = await visitor.get(url);
    assert.equal(pub.statusCode, 200);
    assert.match(pub.body, new RegExp(`href="/organisations/${antwerp.slug}"`));
    assert.match(pub.body, /href="\/themes\/social-cohesion"/);
    assert.doesNotMatch(pub.body, /\/edit"/, 'visitors get no editing links');
    assert.match((await visitor.get('/practices')).body, /Welcome desk for newcomers/);
    const theme = await visitor.get('/themes/social-cohesion');
    assert.match(theme.body, /Welcome desk for newcomers/);
    assert.match(theme.body, /href="\/practices\?theme=social-cohesion"/);

    // A second click changes nothing; taking it back to draft hides it again.
    const again = await antwerpCoordinator.submit(url, `${url}/publish`, {});
    assert.equal(again.headers.location, `${url}?done=unchanged`);
    const back = await programme.submit(url, `${url}/unpublish`, {});
    assert.equal(back.headers.location, `${url}?done=unpublished`);
    assert.equal((await visitor.get(url)).statusCode, 404);
    await antwerpCoordinator.submit(url, `${url}/publish`, {});
  });

  it('lets a programme coordinator write for any city and edit any practice', async () => {
    const page = await programme.get('/practices/new');
    assert.match(page.body, new RegExp(`<option value="${plock.id}"`));
    const res = await create(programme, {
      ...form({ title: 'Integración en Płock', language: 'pl' }),
      city: String(plock.id),
    });
    assert.equal(res.statusCode, 303);
    const slug = String(res.headers.location).replace(/^\/practices\/|\?.*$/g, '');
    const edit = await plockCoordinator.get(`/practices/${slug}/edit`);
    assert.equal(edit.statusCode, 200);
    assert.match(edit.body, /value="Integración en Płock"/);
    const saved = await plockCoordinator.submit(
      `/practices/${slug}/edit`,
      `/practices/${slug}/edit`,
      form({ title: 'Integración en Płock', language: 'pl', theme: 'education-youth' }),
    );
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `/practices/${slug}?done=updated`);
    const row = (await practices()).find((p) => p.slug === slug);
    assert.equal(row?.organisation_id, plock.id, 'the city stays');
    assert.equal(row?.language, 'pl');
  });

  it('refuses other cities’ coordinators and officials who coordinate no city', async () => {
    const url = '/practices/welcome-desk-for-newcomers';
    assert.equal((await plockCoordinator.get(`${url}/edit`)).statusCode, 403);
    const csrf = await plockCoordinator.csrfFrom('/');
    const post = await plockCoordinator.post(`${url}/edit`, { _csrf: csrf, ...form() });
    assert.equal(post.statusCode, 403);
    assert.equal(
      (await plockCoordinator.post(`${url}/unpublish`, { _csrf: csrf })).statusCode,
      403,
    );
    assert.equal((await learner.get('/practices/new')).statusCode, 403);
    const visit = await visitor.get('/practices/new');
    assert.equal(visit.statusCode, 303);
    assert.match(String(visit.headers.location), /^\/sign-in\?next=/);
    // A coordinator of Płock writing for Antwerp: seen, not allowed.
    const n = (await practices()).length;
    const other = await create(plockCoordinator, {
      ...form({ title: 'X' }),
      city: String(antwerp.id),
    });
    assert.equal(other.statusCode, 403);
    assert.match(other.body, /only write good practices for the cities you coordinate/);
    assert.equal((await practices()).length, n);
  });

  it('re-renders the form with 400 and the input kept for bad input, saving nothing', async () => {
    const n = (await practices()).length;
    const city = String(antwerp.id);
    const missing = await create(antwerpCoordinator, { ...form({ title: '', theme: '' }), city });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /href="#field-title"/);
    assert.match(missing.body, /Choose the theme of the practice\./);
    assert.match(missing.body, /where to turn/, 'the texts are kept');
    const theme = await create(antwerpCoordinator, { ...form({ theme: 'no-such-theme' }), city });
    assert.equal(theme.statusCode, 400);
    assert.match(theme.body, /There is no such theme/);
    const noCity = await create(antwerpCoordinator, { ...form({ title: 'Y' }), city: '999999' });
    assert.equal(noCity.statusCode, 400);
    assert.match(noCity.body, /There is no such city/);
    const badCity = await create(antwerpCoordinator, { ...form(), city: 'abc' });
    assert.equal(badCity.statusCode, 400);
    assert.match(badCity.body, /Choose the city the practice comes from/);
    const long = await create(antwerpCoordinator, {
      ...form({ approach: 'x'.repeat(10_001) }),
      city,
    });
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /href="#field-approach"/);
    const lang = await create(antwerpCoordinator, { ...form({ language: 'xx' }), city });
    assert.equal(lang.statusCode, 400);
    assert.match(lang.body, /Choose the language the practice is written in/);
    assert.equal((await practices()).length, n);
  });

  it('refuses to publish a practice without its problem, approach and results', async () => {
    const res = await create(antwerpCoordinator, {
      ...form({ title: 'Half written', results: '' }),
      city: String(antwerp.id),
    });
    const url = String(res.headers.location).replace(/\?.*$/, '');
    const publish = await antwerpCoordinator.submit(url, `${url}/publish`, {});
    assert.equal(publish.statusCode, 400);
    assert.match(publish.body, /before publishing the practice/);
    assert.equal((await practices()).find((p) => p.title === 'Half written')?.status, 'draft');
  });

  it('lists drafts to those who may edit them, and names titles in any script', async () => {
    const res = await create(antwerpCoordinator, {
      ...form({ title: '新移民服务台', language: 'zh' }),
      city: String(antwerp.id),
    });
    assert.equal(res.headers.location, '/practices/practice?done=created');
    const own = await antwerpCoordinator.get('/practices');
    assert.match(own.body, /Drafts you can edit/);
    assert.match(own.body, /新移民服务台/);
    assert.doesNotMatch((await plockCoordinator.get('/practices')).body, /新移民服务台/);
    assert.match((await programme.get('/practices')).body, /新移民服务台/);
    assert.doesNotMatch((await visitor.get('/practices')).body, /Drafts you can edit/);
    const arabic = new Client(t.app);
    arabic.lang = 'ar';
    const list = await arabic.get('/practices');
    assert.match(list.body, /<html lang="ar" dir="rtl">/);
    assert.match(list.body, /الممارسات الجيدة/);
  });

  it('records a double submission of a new practice once', async () => {
    const fields = { ...form({ title: 'Sent twice' }), city: String(antwerp.id) };
    const csrf = await antwerpCoordinator.csrfFrom('/practices/new');
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        antwerpCoordinator.post('/practices', { _csrf: csrf, ...fields }),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303, 303, 303],
    );
    const locations = new Set(results.map((r) => String(r.headers.location).replace(/\?.*$/, '')));
    assert.deepEqual([...locations], ['/practices/sent-twice']);
    assert.equal(results.filter((r) => /done=created/.test(String(r.headers.location))).length, 1);
    assert.equal((await practices()).filter((p) => p.title === 'Sent twice').length, 1);
  });
});
