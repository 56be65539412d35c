import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createExpert } from '../../../test/factories/experts.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';

// The public directory: approved profiles only, by name, searchable and filterable, 24 a page.

describe('the expert directory', () => {
  let t: TestApp;
  let visitor: Client;
  let cityHall: { id: number };

  before(async () => {
    t = await createTestApp();
    await createThemes(t.deps);
    cityHall = await createOrganisation(t.deps, { name: 'Ville de Lyon' });
    await createExpert(t.deps, {
      official: { name: 'Élise Durand' },
      sector: 'city_practitioner',
      country: 'FR',
      languages: ['fr', 'ar'],
      themeSlugs: ['human-security'],
      organisationId: cityHall.id,
      biography: 'Runs the welcome office.',
    });
    await createExpert(t.deps, {
      official: { name: 'Bruno Costa' },
      sector: 'academic',
      country: 'PT',
      languages: ['pt'],
      themeSlugs: ['social-cohesion'],
      biography: 'Studies 100% of arrivals_data.',
    });
    await createExpert(t.deps, {
      official: { name: 'Hidden Pending' },
      status: 'pending',
      sector: 'academic',
    });
    await createExpert(t.deps, {
      official: { name: 'Hidden Returned' },
      status: 'returned',
      sector: 'academic',
    });
    visitor = new Client(t.app);
  });
  after(() => t.close());

  const names = (body: string) =>
    [...body.matchAll(/<h3><a href="\/experts\/[^"]+" dir="auto">([^<]+)<\/a>/g)].map((m) => m[1]);

  it('lists approved profiles only, sorted by name', async () => {
    const res = await visitor.get('/experts');
    assert.equal(res.statusCode, 200);
    assert.deepEqual(names(res.body), ['Bruno Costa', 'Élise Durand']);
  });

  it('filters by sector, theme, language, country and organisation, and searches folded words', async () => {
    const cases: Array<[string, string[]]> = [
      ['sector=city_practitioner', ['Élise Durand']],
      ['theme=social-cohesion', ['Bruno Costa']],
      ['language=ar', ['Élise Durand']],
      ['country=PT', ['Bruno Costa']],
      [`organisation=${cityHall.id}`, ['Élise Durand']],
      ['q=elise', ['Élise Durand']],
      ['q=welcome+office', ['Élise Durand']],
      ['q=100%25', ['Bruno Costa']],
      // Punctuation alone folds to no word at all: no search, everyone approved.
      ['q=%25', ['Bruno Costa', 'Élise Durand']],
      ['q=_', ['Bruno Costa', 'Élise Durand']],
      ['q=arrivals_data', ['Bruno Costa']],
      ['q=hidden', []],
      [`q=${encodeURIComponent("' OR 1=1 --")}`, []],
      [`q=${'a'.repeat(5000)}`, []],
    ];
    for (const [query, expected] of cases) {
      const res = await visitor.get(`/experts?${query}`);
      assert.equal(res.statusCode, 200, query);
      assert.deepEqual(names(res.body), expected, query);
    }
  });

  it('answers an unknown filter value with a 400 naming it', async () => {
    for (const [query, field] of [
      ['sector=astronaut', 'sector'],
      ['theme=nope', 'theme'],
      ['language=xx', 'language'],
      ['country=ZZ', 'country'],
      ['organisation=99999', 'organisation'],
      ['organisation=abc', 'organisation'],
      ['page=0', 'page'],
    ]) {
      const res = await visitor.get(`/experts?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.match(res.body, new RegExp(`href="#field-${field}"`), query);
    }
  });

  it('pages 24 at a time', async () => {
    for (let i = 0; i < 25; i++)
      await createExpert(t.deps, {
        official: { name: `Paged ${String(i).padStart(2, '0')}` },
        sector: 'civil_society',
      });
    const first = await visitor.get('/experts?sector=civil_society');
    assert.equal(names(first.body).length, 24);
    assert.match(first.body, /href="\/experts\?sector=civil_society&page=2"/);
    const second = await visitor.get('/experts?sector=civil_society&page=2');
    assert.deepEqual(names(second.body), ['Paged 24']);
  });
});
