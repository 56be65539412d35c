import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { NewOrganisation } from './organisations.queries.ts';
import { createOrganisations } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

const KINDS = ['local_authority', 'ngo', 'university', 'un_agency', 'government', 'private'];
const COUNTRIES = ['BE', 'FR', 'BF', 'JP', 'BR', 'US', 'AU'];

/** 120 organisations with kinds, countries and partner marks spread out, plus a few special names. */
function sampleOrganisations(): Array<Partial<NewOrganisation>> {
  const list: Array<Partial<NewOrganisation>> = [];
  for (let i = 0; i < 120; i++)
    list.push({
      name: `${i % 2 ? 'Org' : 'org'} ${String(i).padStart(3, '0')}`,
      kind: KINDS[i % KINDS.length]!,
      country: COUNTRIES[i % COUNTRIES.length]!,
      isPartner: i % 5 === 0,
    });
  list.push(
    {
      name: 'Liège',
      kind: 'local_authority',
      country: 'BE',
      region: 'Wallonia',
      population: 197_000,
      languages: ['fr'],
    },
    { name: 'Москва', kind: 'local_authority', country: 'RU' },
    { name: '東京', kind: 'local_authority', country: 'JP' },
    { name: '100% Cities', kind: 'ngo', country: null, isDemo: true },
  );
  return list;
}

function slugsOn(body: string): string[] {
  return [...body.matchAll(/<h3><a href="\/organisations\/([^"]+)"/g)].map((m) => m[1]!);
}

function nextLink(body: string): string | null {
  const m = /<a href="([^"]+)" rel="next"/.exec(body);
  return m ? m[1]!.replaceAll('&amp;', '&') : null;
}

describe('organisation directory', () => {
  let t: TestApp;
  let orgs: Array<{ id: number } & NewOrganisation>;
  let c: Client;
  const slugsWhere = (keep: (o: NewOrganisation) => boolean) =>
    orgs
      .filter(keep)
      .map((o) => o.slug)
      .sort();

  before(async () => {
    t = await createTestApp();
    orgs = await createOrganisations(t.deps, sampleOrganisations());
    c = new Client(t.app);
  });
  after(() => t.close());

  it('pages through every organisation in name order, without repeats or gaps', async () => {
    const seen: string[] = [];
    let url: string | null = '/organisations';
    let pages = 0;
    while (url) {
      const res = await c.get(url);
      assert.equal(res.statusCode, 200);
      const slugs = slugsOn(res.body);
      assert.ok(slugs.length <= 50);
      seen.push(...slugs);
      url = nextLink(res.body);
      if (url) assert.match(res.body, /Back to the first page|Next page/);
      pages++;
    }
    assert.equal(pages, 3);
    const expected = await t.deps.db
      .selectFrom('organisations')
      .select('slug')
      .orderBy('name_search')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      seen,
      expected.map((r) => r.slug),
    );
    // Case does not split the list: "org 000" and "Org 001" sit side by side.
    assert.equal(seen.indexOf(orgs[1]!.slug), seen.indexOf(orgs[0]!.slug) + 1);
  });

  it('filters by kind, country, region and partners, each alone', async () => {
    const cases: Array<[string, (o: NewOrganisation) => boolean]> = [
      ['kind=university', (o) => o.kind === 'university'],
      ['country=BF', (o) => o.country === 'BF'],
      ['world_region=EU', (o) => o.country === 'BE' || o.country === 'FR'],
      ['partners=1', (o) => o.isPartner],
    ];
    for (const [query, keep] of cases) {
      const res = await c.get(`/organisations?${query}`);
      assert.equal(res.statusCode, 200, query);
      assert.deepEqual(slugsOn(res.body).sort(), slugsWhere(keep), query);
    }
  });

  it('combines filters, and keeps them on the next page link', async () => {
    const res = await c.get('/organisations?kind=local_authority&world_region=EU&partners=1');
    assert.deepEqual(
      slugsOn(res.body).sort(),
      slugsWhere(
        (o) =>
          o.kind === 'local_authority' && ['BE', 'FR', 'RU'].includes(o.country!) && o.isPartner,
      ),
    );
    const many = await c.get('/organisations?q=org&country=');
    const next = nextLink(many.body);
    assert.ok(next);
    assert.match(next, /^\/organisations\?q=org&after=/);
    const all = await c.get('/organisations?q=org');
    assert.equal(slugsOn(all.body).length, 50);
  });

  it('finds names whatever their case, accents or script', async () => {
    for (const q of ['liege', 'LIÈGE', 'Liè']) {
      const res = await c.get(`/organisations?q=${encodeURIComponent(q)}`);
      assert.deepEqual(slugsOn(res.body), [orgs[120]!.slug], q);
    }
    const moscow = await c.get(`/organisations?q=${encodeURIComponent('москва')}`);
    assert.deepEqual(slugsOn(moscow.body), [orgs[121]!.slug]);
    const tokyo = await c.get(`/organisations?q=${encodeURIComponent('東京')}`);
    assert.deepEqual(slugsOn(tokyo.body), [orgs[122]!.slug]);
    // LIKE wildcards are searched for literally.
    const percent = await c.get('/organisations?q=%25');
    assert.deepEqual(slugsOn(percent.body), [orgs[123]!.slug]);
    assert.deepEqual(slugsOn((await c.get('/organisations?q=_')).body), []);
  });

  it('shows kind, country and city facts, partner and demo badges', async () => {
    const res = await c.get(`/organisations?q=liege`);
    assert.match(res.body, /City \(local authority\) · Wallonia, Belgium/);
    assert.match(res.body, /Population: 197,000/);
    assert.match(res.body, /Languages: French/);
    const fr = await c.get('/organisations?q=liege', { 'accept-language': 'fr' });
    assert.match(fr.body, /Ville \(collectivité locale\) · Wallonia, Belgique/);
    assert.match(fr.body, /Langues : français/);
    const demo = await c.get('/organisations?q=cities');
    assert.match(demo.body, /demo-badge[^>]*>Demo data/);
    const partners = await c.get('/organisations?partners=1');
    assert.match(partners.body, /Platform partner/);
  });

  it('says so when nothing matches, with a way to clear the filters', async () => {
    const res = await c.get('/organisations?q=zzzz&kind=university');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /No organisation matches these filters/);
    assert.match(res.body, /href="\/organisations">Clear all filters/);
  });

  it('rejects unknown filter values with a 400 that names the filter', async () => {
    for (const query of [
      'kind=castle',
      'country=XX',
      'world_region=ZZ',
      'partners=yes',
      'kind=ngo&kind=university',
    ]) {
      const res = await c.get(`/organisations?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.match(res.body, /Choose one of the options in the list/, query);
      assert.deepEqual(slugsOn(res.body), [], query);
    }
    const nul = Buffer.from(JSON.stringify(['a\u0000', 1])).toString('base64url');
    for (const after of ['not-a-cursor', nul, 'WyJhIiwiMSJd']) {
      const cursor = await c.get(`/organisations?after=${after}`);
      assert.equal(cursor.statusCode, 400, after);
      assert.match(cursor.body, /This page link is not valid/);
    }
    assert.equal((await c.get('/organisations?q=%00')).statusCode, 400);
    const fr = await c.get('/organisations?kind=castle', { 'accept-language': 'fr' });
    assert.equal(fr.statusCode, 400);
    assert.match(fr.body, /Choisissez/);
  });

  it('offers coordinators a link to add an organisation, and no one else', async () => {
    assert.doesNotMatch((await c.get('/organisations')).body, /href="\/organisations\/new"/);
    const editor = await signInNew(t.app, t.deps, { roles: ['partner_editor'] });
    assert.doesNotMatch((await editor.client.get('/organisations')).body, /\/organisations\/new/);
    const coordinator = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    assert.match(
      (await coordinator.client.get('/organisations')).body,
      /href="\/organisations\/new">Add an organisation/,
    );
  });
});
