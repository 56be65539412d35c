import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createResource } from '../../../test/factories/library.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// GET /library: the form, facets with counts, highlighted and escaped results, the empty state,
// translated 400s for unknown filters, and the "add a resource" link for those who may add one.

describe('the library search page', () => {
  let t: TestApp;
  let visitor: Client;
  let orgId: number;

  before(async () => {
    t = await createTestApp();
    visitor = new Client(t.app);
    orgId = (
      await createOrganisation(t.deps, { name: 'Mobility Partners', slug: 'mobility-partners' })
    ).id;
    await createResource(t.deps, {
      organisationId: orgId,
      title: 'Welcoming cities toolkit',
      summaries: { en: 'How a city welcomes newcomers.' },
      themeSlugs: ['social-cohesion'],
      year: 2013,
    });
    await createResource(t.deps, {
      organisationId: orgId,
      kind: 'report',
      title: '<script>alert("x")</script> Welcoming report',
      themeSlugs: ['education-youth'],
      year: 2012,
    });
  });
  after(() => t.close());

  it('shows the search form, facets with counts and marked results', async () => {
    const res = await visitor.get('/library?q=welcoming');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<label[^>]*for="field-q"[^>]*>Words to search for/);
    assert.match(res.body, /<mark>Welcoming<\/mark><span> cities toolkit/);
    assert.match(res.body, /href="\/library\/[a-z0-9-]+"/);
    assert.match(res.body, /2 resources found/);
    assert.match(res.body, /name="theme" value="social-cohesion"/);
    assert.match(res.body, /Toolkit<\/span> <span class="meta">\(1\)<\/span>/);
    // Titles are text, never markup.
    assert.doesNotMatch(res.body, /<script>alert/);
    assert.match(res.body, /&lt;script>alert/);
    assert.doesNotMatch(res.body, /href="\/library\/new"/);
  });

  it('narrows by several values of a facet and offers to clear it', async () => {
    const res = await visitor.get(
      '/library?q=welcoming&kind=report&kind=toolkit&theme=education-youth',
    );
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /1 resource found/);
    assert.match(res.body, /<mark>Welcoming<\/mark><span> report/);
    assert.match(res.body, /Clear the filter “Theme”/);
  });

  it('suggests removing a filter or browsing by theme when nothing matches', async () => {
    const res = await visitor.get('/library?q=welcoming&kind=video');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /No resource matches your search/);
    assert.match(res.body, /href="\/library\?q=welcoming"/);
    assert.match(res.body, /href="\/library\?theme=social-cohesion"/);
  });

  it('answers unknown filters with a translated 400 naming the filter', async () => {
    const kind = await visitor.get('/library?kind=poster');
    assert.equal(kind.statusCode, 400);
    assert.match(kind.body, /Choose the kind of resource from the list/);
    const page = await visitor.get('/library?page=abc');
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /This page of results does not exist/);
    const theme = await visitor.get('/library?theme=nowhere', { 'accept-language': 'fr' });
    assert.equal(theme.statusCode, 400);
    assert.match(theme.body, /Ce thème n’existe pas/);
    const org = await visitor.get('/library?organisation=..%2F..%2Fetc');
    assert.equal(org.statusCode, 400);
  });

  it('treats odd queries as text: long, punctuation only, syntax', async () => {
    const long = await visitor.get(`/library?q=${'w'.repeat(5000)}`);
    assert.equal(long.statusCode, 200);
    assert.match(long.body, /only its first 300 characters were used/);
    const punctuation = await visitor.get('/library?q=%22%2A%28%29%21');
    assert.equal(punctuation.statusCode, 200);
    assert.match(punctuation.body, /holds no word/);
    assert.match(punctuation.body, /2 resources found/);
    const twice = await visitor.get('/library?q=welcoming&q=other');
    assert.equal(twice.statusCode, 200);
    assert.match(twice.body, /2 resources found/);
    for (const q of ['NEAR(welcoming', 'welcoming OR 1=1', '"welcoming', "'; SELECT 1; --"]) {
      const res = await visitor.get(`/library?q=${encodeURIComponent(q)}`);
      assert.equal(res.statusCode, 200, q);
    }
  });

  it('offers "add a resource" to partner editors and coordinators only', async () => {
    const { client: editor } = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: orgId,
    });
    assert.match((await editor.get('/library')).body, /href="\/library\/new"/);
    const { client: learner } = await signInNew(t.app, t.deps);
    assert.doesNotMatch((await learner.get('/library')).body, /href="\/library\/new"/);
  });
});
