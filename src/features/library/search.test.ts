import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createResource } from '../../../test/factories/library.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { searchSchema } from './search.schema.ts';
import { searchLibrary, type LibrarySearch } from './search.service.ts';

// Searching the library through the service: matching on both engines, ranking, facet counts,
// drafts left out, text found inside documents, and the facet index re-read after a publish.

describe('library search', () => {
  let t: TestApp;
  let orgA: number;
  let orgB: number;

  const search = (query: Record<string, string | string[]>, lang = 'en') =>
    searchLibrary(t.deps, null, lang, searchSchema.parse(query));
  const titles = (s: LibrarySearch) =>
    s.results.map((r) => r.title.segments.map((x) => x.text).join(''));

  before(async () => {
    t = await createTestApp();
    orgA = (await createOrganisation(t.deps, { name: 'Alpha Partners', slug: 'alpha' })).id;
    orgB = (await createOrganisation(t.deps, { name: 'Beta Institute', slug: 'beta' })).id;
  });
  after(() => t.close());

  it('ranks title matches first, then newer years, then newer publication', async () => {
    const day = (n: number) => new Date(Date.UTC(2024, 0, n));
    await createResource(t.deps, {
      organisationId: orgA,
      title: 'Old zebracrossing toolkit',
      year: 2010,
    });
    await createResource(t.deps, {
      organisationId: orgA,
      title: 'Street safety',
      summaries: { en: 'On the zebracrossing at school gates.' },
      year: 2020,
    });
    await createResource(t.deps, {
      organisationId: orgA,
      title: 'Zebracrossing guide, first edition',
      year: 2015,
      at: day(1),
    });
    await createResource(t.deps, {
      organisationId: orgA,
      title: 'Zebracrossing guide, second edition',
      year: 2015,
      at: day(2),
    });
    const found = await search({ q: 'zebracrossing' });
    assert.equal(found.total, 4);
    assert.deepEqual(titles(found), [
      'Zebracrossing guide, second edition',
      'Zebracrossing guide, first edition',
      'Old zebracrossing toolkit',
      'Street safety',
    ]);
    assert.equal(found.results[0]!.title.segments.find((s) => s.mark)?.text, 'Zebracrossing');
    assert.equal(found.results[3]!.summary?.segments.find((s) => s.mark)?.text, 'zebracrossing');
    // A prefix of three letters or more finds the word too.
    assert.equal((await search({ q: 'zebracross' })).total, 4);
  });

  it('counts each facet with the other facets’ filters applied', async () => {
    const make = (kind: string, organisationId: number, themeSlugs: string[], year: number) =>
      createResource(t.deps, {
        organisationId,
        kind,
        themeSlugs,
        year,
        title: `Facetword ${kind} ${year}`,
        regions: ['EU'],
      });
    await make('toolkit', orgA, ['education-youth'], 2012);
    await make('toolkit', orgB, ['education-youth', 'social-cohesion'], 2013);
    await make('report', orgA, ['social-cohesion'], 2013);
    await make('case_study', orgB, [], 2013);

    const all = await search({ q: 'facetword' });
    const count = (s: LibrarySearch, facet: keyof LibrarySearch['facets'], value: string) =>
      s.facets[facet].find((f) => f.value === value)?.count ?? 0;
    assert.equal(all.total, 4);
    assert.equal(count(all, 'kind', 'toolkit'), 2);
    assert.equal(count(all, 'theme', 'social-cohesion'), 2);
    assert.equal(count(all, 'organisation', 'beta'), 2);
    assert.equal(count(all, 'year', '2013'), 3);
    assert.equal(count(all, 'region', 'EU'), 4);

    // OR within a facet, AND across: toolkits or reports, of 2013.
    const narrowed = await search({ q: 'facetword', kind: ['toolkit', 'report'], year: '2013' });
    assert.equal(narrowed.total, 2);
    // The kind counts ignore the kind filter but keep the year's…
    assert.equal(count(narrowed, 'kind', 'toolkit'), 1);
    assert.equal(count(narrowed, 'kind', 'case_study'), 1);
    // …and the year counts ignore the year filter but keep the kinds'.
    assert.equal(count(narrowed, 'year', '2012'), 1);
    assert.equal(count(narrowed, 'year', '2013'), 2);
    assert.ok(narrowed.facets.kind.find((f) => f.value === 'toolkit')?.selected);
    assert.equal(count(narrowed, 'theme', 'education-youth'), 1);
    assert.equal(count(narrowed, 'organisation', 'alpha'), 1);

    const byTheme = await search({ q: 'facetword', theme: 'education-youth' });
    assert.equal(byTheme.total, 2);
    const byOrg = await search({ q: 'facetword', organisation: 'beta', kind: 'case_study' });
    assert.deepEqual(titles(byOrg), ['Facetword case_study 2013']);
  });

  it('refuses unknown facet values, naming the filter', async () => {
    const refused = async (query: Record<string, string>, field: string) => {
      const parsed = searchSchema.safeParse(query);
      if (!parsed.success) {
        assert.equal(parsed.error.issues[0]?.path[0], field);
        return;
      }
      await assert.rejects(searchLibrary(t.deps, null, 'en', parsed.data), (err: unknown) => {
        assert.deepEqual(Object.keys((err as { fields: object }).fields), [field]);
        return true;
      });
    };
    await refused({ kind: 'poster' }, 'kind');
    await refused({ theme: 'no-such-theme' }, 'theme');
    await refused({ theme: "x' OR 1=1 --" }, 'theme');
    await refused({ organisation: 'nobody' }, 'organisation');
    await refused({ region: 'XX' }, 'region');
    await refused({ language: 'french' }, 'language');
    await refused({ language: 'xx' }, 'language');
    assert.equal((await search({ language: 'zh' })).total, 0);
    await refused({ year: '13' }, 'year');
    await refused({ page: '51' }, 'page');
    await refused({ page: '0' }, 'page');
    // An organisation that has published nothing is a filter with no results, not an error.
    await createOrganisation(t.deps, { name: 'Gamma', slug: 'gamma' });
    assert.equal((await search({ organisation: 'gamma' })).total, 0);
  });

  it('reads query syntax and SQL as plain words, never as an error', async () => {
    await createResource(t.deps, {
      organisationId: orgA,
      title: 'Near or far: quotidian mobility',
    });
    for (const q of [
      '"',
      '"quotidian',
      'quotidian"',
      '*',
      'quotidian*',
      'NEAR(quotidian far)',
      'quotidian OR zebracrossing',
      'quotidian AND NOT',
      "'; DROP TABLE resources; --",
      "quotidian' OR '1'='1",
      '{title}: quotidian',
      'title:quotidian',
      '-quotidian',
      '^quotidian',
      'quotidian:*',
      "quotidian & ! | <-> ''",
      'q'.repeat(5000),
      'quotidian ' + 'x'.repeat(5000),
    ]) {
      const found = await search({ q });
      assert.ok(found.total >= 0, q);
    }
    assert.equal((await search({ q: 'NEAR(quotidian far)' })).total, 1);
    assert.equal((await search({ q: '"quotidian' })).total, 1);
    assert.equal((await search({ q: "'; DROP TABLE resources; --" })).total, 0);
    const long = await search({ q: 'quotidian ' + 'x'.repeat(5000) });
    assert.equal(long.queryCut, true);
    assert.ok(long.query.length <= 300);
    // Only punctuation: no query at all, every resource shown, with a notice.
    const punctuation = await search({ q: '!!! ??? ... — «»' });
    assert.equal(punctuation.queryIgnored, true);
    assert.ok(punctuation.total >= 5);
  });

  it('finds Arabic with or without short vowels, Chinese runs as phrases, French accents both ways', async () => {
    await createResource(t.deps, {
      organisationId: orgA,
      titles: { ar: 'دليل الْمَدِينَة الشاملة للمهاجرين' },
    });
    await createResource(t.deps, { organisationId: orgA, titles: { zh: '城市移民融合指南' } });
    await createResource(t.deps, { organisationId: orgA, titles: { zh: '民移城市' } });
    await createResource(t.deps, {
      organisationId: orgA,
      titles: { fr: 'La médiation interculturelle' },
    });
    await createResource(t.deps, { organisationId: orgA, titles: { fr: 'Mediation de quartier' } });

    assert.equal((await search({ q: 'المدينة' })).total, 1);
    assert.equal((await search({ q: 'الْمَدِينَة' })).total, 1);
    const zh = await search({ q: '移民' }, 'zh');
    assert.deepEqual(titles(zh), ['城市移民融合指南']);
    assert.equal(zh.results[0]!.title.segments.find((s) => s.mark)?.text, '移民');
    assert.equal((await search({ q: '城市' })).total, 2);
    assert.equal((await search({ q: 'médiation' })).total, 2);
    const plain = await search({ q: 'mediation' }, 'fr');
    assert.equal(plain.total, 2);
    assert.ok(
      plain.results.some((r) => r.title.segments.some((s) => s.mark && s.text === 'médiation')),
    );
  });

  it('never shows drafts or resources in review', async () => {
    await createResource(t.deps, {
      organisationId: orgA,
      title: 'Secretword draft',
      status: 'draft',
    });
    await createResource(t.deps, {
      organisationId: orgA,
      title: 'Secretword review',
      status: 'in_review',
    });
    const found = await search({ q: 'secretword' });
    assert.equal(found.total, 0);
    const none = await search({});
    assert.ok(!titles(none).some((x) => x.startsWith('Secretword')));
  });

  it('finds a word that is only inside a document, with a marked snippet', async () => {
    const text = `${'Introduction générale. '.repeat(40)}La gouvernance multiniveau des migrations urbaines. ${'Suite. '.repeat(60)}`;
    await createResource(t.deps, {
      organisationId: orgA,
      title: 'Outcome document',
      files: [{ bytes: Buffer.from('%PDF-1.4 test'), name: 'outcome.pdf', language: 'fr', text }],
    });
    const found = await search({ q: 'multiniveau' });
    assert.equal(found.total, 1);
    const doc = found.results[0]!.document;
    assert.equal(doc?.language, 'fr');
    assert.equal(doc?.snippet.segments.find((s) => s.mark)?.text, 'multiniveau');
    assert.ok(doc!.snippet.cutStart && doc!.snippet.cutEnd);
  });

  it('sees a resource as soon as it is published (the facet index is re-read)', async () => {
    const draft = await createResource(t.deps, {
      organisationId: orgB,
      title: 'Latecomer handbook',
      status: 'draft',
    });
    assert.equal((await search({ q: 'latecomer' })).total, 0);
    await t.deps.db
      .updateTable('resources')
      .set({ status: 'published', published_at: new Date().toISOString() })
      .where('id', '=', draft.id)
      .execute();
    // Searches that find the index stale at the same time share one reload and agree.
    const together = await Promise.all([1, 2, 3, 4].map(() => search({ q: 'latecomer' })));
    for (const found of together) assert.deepEqual(titles(found), ['Latecomer handbook']);
    await t.deps.db
      .updateTable('resources')
      .set({ status: 'draft' })
      .where('id', '=', draft.id)
      .execute();
    assert.equal((await search({ q: 'latecomer' })).total, 0);
  });

  it('pages 20 at a time, newest first without a query', async () => {
    for (let i = 0; i < 25; i++)
      await createResource(t.deps, {
        organisationId: orgB,
        title: `Pagerword ${i}`,
        year: 1990 + i,
      });
    const first = await search({ q: 'pagerword' });
    assert.equal(first.total, 25);
    assert.equal(first.results.length, 20);
    assert.equal(first.hasNext, true);
    assert.equal(titles(first)[0], 'Pagerword 24');
    const second = await search({ q: 'pagerword', page: '2' });
    assert.equal(second.results.length, 5);
    assert.equal(second.hasNext, false);
    assert.equal(titles(second)[4], 'Pagerword 0');
    const browse = await search({});
    assert.equal(browse.results[0]!.year, 2020);
  });
});
