import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCity } from '../../../test/factories/organisations.ts';
import { createPractice } from '../../../test/factories/practices.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { listPublishedPractices } from './practice.service.ts';

// The list of good practices: published ones only, newest first; search over title and texts
// without regard to case or accents; filters by theme, city and language; pages; bad filters.

describe('good practices: the list', () => {
  let t: TestApp;
  let visitor: Client;
  let themes: Record<string, number>;
  let durban: { id: number; slug: string };
  let diourbel: { id: number; slug: string };

  before(async () => {
    t = await createTestApp();
    themes = await createThemes(t.deps);
    visitor = new Client(t.app);
  });
  after(() => t.close());

  it('says what to do next when there is nothing yet', async () => {
    const res = await visitor.get('/practices');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /No good practice has been published yet/);
    const theme = await visitor.get('/themes/social-cohesion');
    assert.match(theme.body, /No city has published a good practice on this theme yet/);
  });

  it('lists published practices newest first, with the demo badge', async () => {
    durban = await createCity(t.deps, { name: 'Durban', country: 'ZA' });
    diourbel = await createCity(t.deps, { name: 'Diourbel', country: 'SN' });
    const day = (n: number) => new Date(Date.UTC(2026, 0, n));
    await createPractice(t.deps, {
      organisationId: durban.id,
      title: 'Street traders’ permits',
      themeSlug: 'economic-development',
      approach: 'Une démarche de médiation avec les commerçants.',
      at: day(1),
    });
    await createPractice(t.deps, {
      organisationId: diourbel.id,
      title: 'Intégration des jeunes',
      language: 'fr',
      themeSlug: 'education-youth',
      isDemo: true,
      at: day(2),
    });
    await createPractice(t.deps, {
      organisationId: durban.id,
      title: 'Unpublished idea',
      status: 'draft',
      at: day(3),
    });
    const res = await visitor.get('/practices');
    const body = res.body;
    assert.ok(body.indexOf('Intégration des jeunes') < body.indexOf('Street traders'));
    assert.doesNotMatch(body, /Unpublished idea/);
    assert.match(body, /demo-badge/);
    assert.match(body, /lang="fr"/);
  });

  it('searches titles and texts without regard to case or accents', async () => {
    const integration = await visitor.get('/practices?q=INTEGRATION');
    assert.match(integration.body, /Intégration des jeunes/);
    assert.doesNotMatch(integration.body, /Street traders/);
    const inText = await visitor.get(`/practices?q=${encodeURIComponent('mediation commercants')}`);
    assert.match(inText.body, /Street traders/);
    assert.doesNotMatch(inText.body, /Intégration des jeunes/);
    const none = await visitor.get('/practices?q=zzzz');
    assert.equal(none.statusCode, 200);
    assert.match(none.body, /No good practice matches these filters/);
    assert.match(none.body, /value="zzzz"/);
    const wildcard = await visitor.get('/practices?q=%25');
    assert.match(wildcard.body, /No good practice matches/, '% is a character, not a wildcard');
  });

  it('filters by theme, city and language', async () => {
    const theme = await visitor.get('/practices?theme=education-youth');
    assert.match(theme.body, /Intégration des jeunes/);
    assert.doesNotMatch(theme.body, /Street traders/);
    const city = await visitor.get(`/practices?city=${durban.slug}`);
    assert.match(city.body, /Street traders/);
    assert.doesNotMatch(city.body, /Intégration des jeunes/);
    const language = await visitor.get('/practices?language=fr');
    assert.match(language.body, /Intégration des jeunes/);
    assert.doesNotMatch(language.body, /Street traders/);
    const empty = await createCity(t.deps, { name: 'Empty City' });
    const none = await visitor.get(`/practices?city=${empty.slug}`);
    assert.equal(none.statusCode, 200);
    assert.match(none.body, new RegExp(`<option value="${empty.slug}" selected`));
  });

  it('answers a bad filter with 400 naming it', async () => {
    for (const [query, field, message] of [
      ['theme=nope', 'theme', /There is no such theme/],
      ['city=no-such-city', 'city', /There is no such city/],
      ['language=xx', 'language', /Choose one of the options/],
      ['page=0', 'page', /The page number is not valid/],
      ['page=abc', 'page', /The page number is not valid/],
      ['theme=%00', 'theme', /Choose one of the options/],
    ] as const) {
      const res = await visitor.get(`/practices?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.match(res.body, new RegExp(`href="#field-${field}"`), query);
      assert.match(res.body, message, query);
    }
  });

  it('pages through many practices, twenty at a time', async () => {
    const city = await createCity(t.deps, { name: 'Paged City' });
    for (let i = 1; i <= 25; i++)
      await createPractice(t.deps, {
        organisationId: city.id,
        title: `Paged practice ${String(i).padStart(2, '0')}`,
        at: new Date(Date.UTC(2026, 1, i)),
      });
    const first = await visitor.get(`/practices?city=${city.slug}`);
    assert.equal((first.body.match(/Paged practice \d+/g) ?? []).length, 20);
    assert.match(first.body, /Paged practice 25/);
    assert.match(
      first.body,
      new RegExp(`href="/practices\\?city=${city.slug}&(amp;)?page=2" rel="next"`),
    );
    const second = await visitor.get(`/practices?city=${city.slug}&page=2`);
    assert.deepEqual(second.body.match(/Paged practice \d+/g), [
      'Paged practice 05',
      'Paged practice 04',
      'Paged practice 03',
      'Paged practice 02',
      'Paged practice 01',
    ]);
    assert.match(second.body, /rel="prev"/);
    assert.doesNotMatch(second.body, /rel="next"/);
  });

  it('offers listPublishedPractices for city and theme pages', async () => {
    const ofDurban = await listPublishedPractices(t.deps, {
      cityId: durban.id,
      limit: 5,
      offset: 0,
    });
    assert.deepEqual(
      ofDurban.map((p) => p.title),
      ['Street traders’ permits'],
    );
    assert.equal(ofDurban[0]?.theme.slug, 'economic-development');
    assert.equal(ofDurban[0]?.city.slug, durban.slug);
    const ofTheme = await listPublishedPractices(t.deps, {
      themeId: themes['education-youth'],
      q: 'jeunes',
      limit: 5,
      offset: 0,
      readerLanguage: 'fr',
    });
    assert.deepEqual(
      ofTheme.map((p) => p.title),
      ['Intégration des jeunes'],
    );
    assert.notEqual(ofTheme[0]?.theme.name, '');
  });
});
