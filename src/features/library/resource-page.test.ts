import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { smallPdf } from '../../../test/factories/files.ts';
import { createExpert } from '../../../test/factories/experts.ts';
import { createResource } from '../../../test/factories/library.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { publishedResourcesFor, resourceCountsFor } from './resources-for.service.ts';

// The resource page: who sees drafts, the language shown, the facts, related resources, and the
// reads other features use.

describe('library: the resource page', () => {
  let t: TestApp;
  let orgId: number;
  let orgSlug: string;
  let otherOrgId: number;
  let visitor: Client;
  let learner: Client;
  let editor: Client;
  let otherEditor: Client;
  let coordinator: Client;

  before(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.deps, { name: 'UN-Habitat' });
    orgId = org.id;
    orgSlug = org.slug;
    otherOrgId = (await createOrganisation(t.deps, { name: 'Other Partner' })).id;
    visitor = new Client(t.app);
    learner = (await signInNew(t.app, t.deps)).client;
    editor = (
      await signInNew(t.app, t.deps, { roles: ['partner_editor'], partnerOrganisationId: orgId })
    ).client;
    otherEditor = (
      await signInNew(t.app, t.deps, {
        roles: ['partner_editor'],
        partnerOrganisationId: otherOrgId,
      })
    ).client;
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
  });
  after(() => t.close());

  it('shows a published resource with its facts, files and links to everyone', async () => {
    const expert = await createExpert(t.deps, { official: { name: 'Amina Diallo' } });
    const pending = await createExpert(t.deps, {
      official: { name: 'Pending Person' },
      status: 'pending',
    });
    const r = await createResource(t.deps, {
      organisationId: orgId,
      titles: { en: 'Welcoming cities toolkit', fr: 'Boîte à outils des villes accueillantes' },
      summaries: { en: 'How cities welcome newcomers.' },
      themeSlugs: ['social-cohesion'],
      countries: ['BE'],
      regions: ['EU'],
      authors: 'Amina Diallo\nJohn Smith',
      licence: 'cc-by-sa-4.0',
      year: 2012,
      isDemo: true,
      files: [{ bytes: smallPdf('Toolkit'), name: 'toolkit.pdf', language: 'fr' }],
    });
    for (const e of [expert, pending])
      await t.deps.db
        .insertInto('resource_experts')
        .values({ resource_id: r.id, expert_id: e.id })
        .execute();
    const res = await visitor.get(`/library/${r.slug}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1[^>]*>Welcoming cities toolkit<\/h1>/);
    assert.match(res.body, /How cities welcome newcomers\./);
    assert.match(res.body, /href="https:\/\/creativecommons.org\/licenses\/by-sa\/4.0\/"/);
    assert.match(res.body, /href="\/themes\/social-cohesion"/);
    assert.ok(res.body.includes(`href="/organisations/${orgSlug}"`));
    assert.match(res.body, new RegExp(`href="/experts/${expert.slug}"`));
    assert.doesNotMatch(res.body, new RegExp(`href="/experts/${pending.slug}"`));
    assert.match(res.body, /Belgium/);
    assert.match(res.body, /Europe/);
    assert.match(res.body, /Demo data/);
    assert.match(res.body, /href="\/library\/[^"]+\/files\/\d+"/);
    assert.match(res.body, /toolkit\.pdf/);
    assert.doesNotMatch(res.body, /\/edit"/, 'no editor links for visitors');
    assert.doesNotMatch(res.body, /Downloads in the last 12 months/);

    const fr = new Client(t.app);
    fr.lang = 'fr';
    const frPage = await fr.get(`/library/${r.slug}`);
    assert.match(frPage.body, /Boîte à outils des villes accueillantes/);
    assert.match(frPage.body, /creativecommons.org\/licenses\/by-sa\/4.0\/deed.fr/);
  });

  it('falls back to the language the resource has, and says so', async () => {
    const r = await createResource(t.deps, {
      organisationId: orgId,
      titles: { es: 'Ciudades inclusivas' },
    });
    const ru = new Client(t.app);
    ru.lang = 'ru';
    const res = await ru.get(`/library/${r.slug}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1 lang="es"[^>]*>Ciudades inclusivas<\/h1>/);
    assert.match(res.body, /испанский/);
    const es = new Client(t.app);
    es.lang = 'es';
    assert.doesNotMatch((await es.get(`/library/${r.slug}`)).body, /no tiene título en su idioma/);
  });

  it('shows a draft or one in review only to its editors and coordinators', async () => {
    for (const status of ['draft', 'in_review'] as const) {
      const r = await createResource(t.deps, { organisationId: orgId, status });
      const url = `/library/${r.slug}`;
      for (const c of [visitor, learner, otherEditor])
        assert.equal((await c.get(url)).statusCode, 404, `${status} hidden`);
      const own = await editor.get(url);
      assert.equal(own.statusCode, 200);
      assert.match(own.body, status === 'draft' ? /Draft/ : /In review/);
      assert.equal(own.body.includes(`/library/${r.slug}/edit`), status === 'draft');
      const coord = await coordinator.get(url);
      assert.equal(coord.statusCode, 200);
      assert.match(coord.body, new RegExp(`/library/${r.slug}/changes`));
    }
  });

  it('answers 404 with a translated page for unknown and absurd slugs', async () => {
    const fr = new Client(t.app);
    fr.lang = 'fr';
    const res = await fr.get('/library/no-such-thing');
    assert.equal(res.statusCode, 404);
    assert.match(res.body, /Cette ressource n’existe pas/);
    assert.equal((await visitor.get(`/library/${'a'.repeat(100)}`)).statusCode, 404);
    for (const slug of ['%F0%9F%92%A9%00x', '..%2F..', 'UPPER', '%00'])
      assert.equal((await visitor.get(`/library/${slug}`)).statusCode, 404, slug);
    // Fastify itself refuses path parameters over 100 characters (414), before any handler.
    const long = await visitor.get(`/library/${'a'.repeat(5000)}`);
    assert.equal(long.statusCode, 414);
    const longFile = await visitor.get(`/library/${'a'.repeat(5000)}/files/1`);
    assert.equal(longFile.statusCode, 414);
  });

  it('opens only http and https links of links and videos', async () => {
    const good = await createResource(t.deps, {
      organisationId: orgId,
      kind: 'video',
      linkUrl: 'https://example.org/watch?v=1',
    });
    const bad = await createResource(t.deps, {
      organisationId: orgId,
      kind: 'link',
      linkUrl: 'javascript:alert(1)',
    });
    const page = (await visitor.get(`/library/${good.slug}`)).body;
    assert.match(
      page,
      /<a class="button" href="https:\/\/example.org\/watch\?v=1" rel="external noopener noreferrer">Watch the video<\/a>/,
    );
    assert.doesNotMatch((await visitor.get(`/library/${bad.slug}`)).body, /javascript:/);
  });

  it('relates published resources sharing the most themes, newest first, not itself', async () => {
    const org = (await createOrganisation(t.deps, { name: 'Related Org' })).id;
    const mk = (title: string, themeSlugs: string[], year: number, status?: 'draft') =>
      createResource(t.deps, { organisationId: org, title, themeSlugs, year, status });
    const me = await mk('Me', ['human-security', 'education-youth', 'economic-development'], 2013);
    await mk('Three shared', ['human-security', 'education-youth', 'economic-development'], 2001);
    await mk('Two shared old', ['human-security', 'education-youth'], 2005);
    await mk('Two shared new', ['human-security', 'economic-development'], 2010);
    await mk(
      'Draft three',
      ['human-security', 'education-youth', 'economic-development'],
      2013,
      'draft',
    );
    await mk('One a', ['human-security'], 2011);
    await mk('One b', ['education-youth'], 2012);
    await mk('Unrelated', ['social-cohesion'], 2013);
    const body = (await visitor.get(`/library/${me.slug}`)).body;
    const section = body.slice(body.indexOf('id="resource-related"'));
    const titles = [...section.matchAll(/href="\/library\/[^"]+" dir="auto">([^<]+)</g)].map(
      (m) => m[1],
    );
    assert.deepEqual(titles, [
      'Three shared',
      'Two shared new',
      'Two shared old',
      'One b',
      'One a',
    ]);
  });

  it('gives other features an organisation’s published resources and its counts', async () => {
    const org = (await createOrganisation(t.deps, { name: 'Counting Org' })).id;
    const co = (await createOrganisation(t.deps, { name: 'Co-publisher' })).id;
    const expert = await createExpert(t.deps);
    const old = await createResource(t.deps, {
      organisationId: org,
      titles: { en: 'Old', fr: 'Ancien' },
      at: new Date('2020-01-01T00:00:00Z'),
    });
    await createResource(t.deps, {
      organisationId: org,
      title: 'New',
      publisherIds: [org, co],
      year: 2014,
    });
    await createResource(t.deps, { organisationId: org, status: 'draft' });
    await createResource(t.deps, { organisationId: org, status: 'in_review' });
    await t.deps.db
      .insertInto('resource_experts')
      .values({ resource_id: old.id, expert_id: expert.id })
      .execute();
    const list = await publishedResourcesFor(t.deps, 'fr', { organisationId: org, limit: 10 });
    assert.deepEqual(
      list.map((r) => [r.title, r.kind]),
      [
        ['New', 'toolkit'],
        ['Ancien', 'toolkit'],
      ],
    );
    assert.equal(list[1]!.year, 2013);
    const coList = await publishedResourcesFor(t.deps, 'en', { organisationId: co, limit: 10 });
    assert.deepEqual(
      coList.map((r) => r.title),
      ['New'],
    );
    const byExpert = await publishedResourcesFor(t.deps, 'en', { expertId: expert.id, limit: 5 });
    assert.deepEqual(
      byExpert.map((r) => r.slug),
      [old.slug],
    );
    assert.deepEqual(await resourceCountsFor(t.deps, org), {
      published: 2,
      draft: 1,
      inReview: 1,
    });
  });
});
