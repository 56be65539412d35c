import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createEvent } from '../../../test/factories/events.ts';
import { createExpert } from '../../../test/factories/experts.ts';
import { createResource } from '../../../test/factories/library.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// A partner's organisation page is its workspace: counts, resources and experts for everyone;
// drafts and what waits for review only for its own editors and coordinators.

describe('partner workspace', () => {
  let t: TestApp;
  let partner: { id: number; slug: string };
  let other: { id: number; slug: string };
  const anon = () => new Client(t.app);
  const page = (c: Client, slug = partner.slug) => c.get(`/organisations/${slug}`);

  before(async () => {
    t = await createTestApp();
    partner = await createOrganisation(t.deps, {
      name: 'Joint Migration and Development Initiative',
      kind: 'international_organisation',
      isPartner: true,
    });
    other = await createOrganisation(t.deps, { name: 'Other Partner', isPartner: true });
    await createResource(t.deps, {
      organisationId: partner.id,
      title: 'Migration toolkit',
      titles: { en: 'Migration toolkit', fr: 'Boîte à outils migration' },
      kind: 'toolkit',
      year: 2012,
    });
    await createResource(t.deps, {
      organisationId: other.id,
      publisherIds: [other.id, partner.id],
      title: 'Co-published report',
      kind: 'report',
    });
    await createResource(t.deps, {
      organisationId: partner.id,
      title: 'Unfinished draft',
      status: 'draft',
    });
    await createResource(t.deps, {
      organisationId: partner.id,
      title: 'Waiting paper',
      status: 'in_review',
    });
    await createExpert(t.deps, {
      official: { name: 'Amina Expert' },
      organisationId: partner.id,
      sector: 'academic',
    });
    await createExpert(t.deps, {
      official: { name: 'Pending Person' },
      organisationId: partner.id,
      status: 'pending',
    });
  });
  after(() => t.close());

  it('shows everyone the counts, published resources and approved experts', async () => {
    const res = await page(anon());
    assert.equal(res.statusCode, 200);
    const body = res.body;
    assert.match(body, /<h2 id="workspace-title">Partner workspace<\/h2>/);
    assert.match(body, /href="#workspace-resources">Library resources: 2</);
    assert.match(body, /href="#workspace-experts">Experts: 1</);
    assert.match(body, /href="#related-courses">Courses: 0</);
    assert.match(body, /href="#upcoming-events">Upcoming events: 0</);
    assert.match(
      body,
      /href="\/library\/[a-z0-9-]+" dir="auto">Migration toolkit<\/a> <span class="meta">Toolkit, 2012/,
    );
    assert.match(body, /Co-published report/);
    assert.ok(body.includes(`href="/library?organisation=${partner.slug}"`));
    assert.match(body, />Amina Expert<\/a> <span class="meta">Academic</);
    assert.match(body, new RegExp(`href="/experts\\?organisation=${partner.id}"`));
    assert.doesNotMatch(body, /Unfinished draft|Waiting paper|Pending Person|Work in progress/);
    assert.doesNotMatch(body, /once the knowledge library opens/);
  });

  it('shows titles in the reader’s language', async () => {
    const res = await page(anon()).then(() =>
      anon().get(`/organisations/${partner.slug}`, { 'accept-language': 'fr' }),
    );
    assert.match(res.body, /Boîte à outils migration/);
    assert.match(res.body, /Espace partenaire/);
  });

  it('shows its partner editors their drafts and what waits for review', async () => {
    const { client } = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: partner.id,
      organisationId: partner.id,
    });
    const body = (await page(client)).body;
    assert.match(body, /Work in progress/);
    assert.match(body, /<h3>Drafts \(1\)<\/h3>/);
    assert.match(body, /href="\/library\/unfinished-draft\/edit" dir="auto">Unfinished draft</);
    assert.match(body, /<h3>Waiting for review \(1\)<\/h3>/);
    assert.match(body, /href="\/library\/waiting-paper" dir="auto">Waiting paper</);
    assert.match(body, /href="\/library\/new"/);
    assert.match(body, /href="\/authoring\/resources"/);
  });

  it('keeps drafts from another organisation’s editors and from other officials', async () => {
    const { client: editor } = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: other.id,
      organisationId: other.id,
    });
    assert.doesNotMatch((await page(editor)).body, /Unfinished draft|Work in progress/);
    const { client: learner } = await signInNew(t.app, t.deps, { organisationId: partner.id });
    assert.doesNotMatch((await page(learner)).body, /Unfinished draft|Work in progress/);
  });

  it('shows coordinators what is in progress', async () => {
    const { client } = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    const body = (await page(client)).body;
    assert.match(body, /Unfinished draft/);
    assert.match(body, /Waiting paper/);
  });

  it('counts the partner’s published courses and upcoming events', async () => {
    const { official } = await signInNew(t.app, t.deps);
    const counted = await createOrganisation(t.deps, { name: 'Counted Partner', isPartner: true });
    for (const status of ['published', 'published', 'draft'] as const)
      await createCourse(t.deps, { organisationId: counted.id, createdBy: official.id, status });
    for (let i = 0; i < 8; i++) await createEvent(t.deps, { organisationId: counted.id });
    const body = (await page(anon(), counted.slug)).body;
    assert.match(body, /href="#related-courses">Courses: 2</);
    assert.match(body, /href="#upcoming-events">Upcoming events: 8</);
    // The events section still shows its first six.
    const events = body.slice(
      body.indexOf('id="upcoming-events"'),
      body.indexOf('id="workspace-resources"'),
    );
    assert.equal((events.match(/<li class="card/g) ?? []).length, 6);
  });

  it('lists resources and experts on a page that is not a partner’s, without the workspace', async () => {
    const city = await createOrganisation(t.deps, { name: 'Plain Town', isPartner: false });
    const body = (await page(anon(), city.slug)).body;
    assert.doesNotMatch(body, /Partner workspace/);
    assert.match(body, /No published resources yet\./);
    assert.match(body, /No experts listed yet\./);
  });
});
