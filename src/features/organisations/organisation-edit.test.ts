import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Role } from '../accounts/actor.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

const VALID = {
  kind: 'local_authority',
  name: 'Liège',
  short_name: '',
  description: 'A city on the Meuse.',
  website: 'https://www.liege.be',
  country: 'BE',
  region: 'Wallonia',
  population: '197 000',
  languages: 'fr, DE',
  latitude: '50.6326',
  longitude: '5,5797',
  is_partner: '1',
};

describe('creating and editing organisations', () => {
  let t: TestApp;
  let coordinator: Client;
  let coordinatorId: number;
  const count = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('organisations')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const audit = (action: string) =>
    t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', action)
      .orderBy('id')
      .execute();
  const create = (fields: Record<string, string>, c = coordinator) =>
    c.submit('/organisations/new', '/organisations', fields);

  before(async () => {
    t = await createTestApp();
    const signedIn = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    coordinator = signedIn.client;
    coordinatorId = signedIn.official.id;
  });
  after(() => t.close());

  it('lets a coordinator create a city, with the region derived from the country', async () => {
    const form = await coordinator.get('/organisations/new');
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /<form method="post" action="\/organisations"/);
    const res = await create(VALID);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/organisations/liege?done=created');
    const page = await coordinator.get('/organisations/liege?done=created');
    assert.match(page.body, /The organisation was added\./);
    assert.match(page.body, /<dd>197,000<\/dd>/);
    assert.match(page.body, /<dd>French and German<\/dd>/);
    const row = await t.deps.db
      .selectFrom('organisations')
      .selectAll()
      .where('slug', '=', 'liege')
      .executeTakeFirstOrThrow();
    assert.equal(row.world_region, 'EU');
    assert.equal(row.website, 'https://www.liege.be/');
    assert.equal(Number(row.longitude), 5.5797);
    assert.equal(Number(row.is_partner), 1);
    assert.equal(row.languages, '["fr","de"]');
    const events = await audit('organisation.create');
    assert.equal(events.length, 1);
    assert.equal(events[0]!.actor_id, coordinatorId);
    assert.equal(events[0]!.subject_id, row.id);
  });

  it('lets an admin create an organisation too', async () => {
    const { client } = await signInNew(t.app, t.deps, { roles: ['admin'] });
    const res = await create({ kind: 'un_agency', name: 'UN-Habitat' }, client);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/organisations/un-habitat?done=created');
  });

  it('gives a name already taken the next free slug, and transliterates or falls back', async () => {
    const again = await create(VALID);
    assert.equal(again.headers.location, '/organisations/liege-2?done=created');
    const moscow = await create({ ...VALID, name: 'Москва', country: 'RU' });
    assert.equal(moscow.headers.location, '/organisations/moskva?done=created');
    const tokyo = await create({ ...VALID, name: '東京', country: 'JP' });
    assert.equal(tokyo.headers.location, '/organisations/organisation?done=created');
    const reserved = await create({ ...VALID, name: 'New' });
    assert.equal(reserved.headers.location, '/organisations/new-org?done=created');
  });

  it('creates each of several simultaneous organisations of one name under its own slug', async () => {
    const csrf = await coordinator.csrfFrom('/organisations/new');
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        coordinator.post('/organisations', { _csrf: csrf, ...VALID, name: 'Parallel City' }),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303, 303, 303],
    );
    assert.deepEqual(
      results.map((r) => r.headers.location).sort(),
      ['', '-2', '-3', '-4'].map((s) => `/organisations/parallel-city${s}?done=created`).sort(),
    );
  });

  const BAD: Array<[string, Record<string, string>, string, RegExp]> = [
    ['a 10,000-character name', { name: 'x'.repeat(10_000) }, 'name', /This is too long/],
    [
      'a bidi override in the name',
      { name: 'Evil\u202Egnp.exe' },
      'name',
      /invisible or direction-changing/,
    ],
    [
      'a javascript: website',
      { website: 'javascript:alert(1)' },
      'website',
      /starting with https:\/\/ or http:\/\//,
    ],
    ['latitude 200', { latitude: '200' }, 'latitude', /latitude between -90 and 90/],
    ['longitude -181', { longitude: '-181' }, 'longitude', /longitude between -180 and 180/],
    ['population -1', { population: '-1' }, 'population', /whole number of 0 or more/],
    ['an unknown kind', { kind: 'castle' }, 'kind', /Choose one of the options/],
    ['an unknown country', { country: 'XX' }, 'country', /Choose one of the options/],
    ['an unknown language code', { languages: 'fr, xx' }, 'languages', /ISO 639-1 language codes/],
    ['a city without a country', { country: '' }, 'country', /Choose the country of this city/],
    [
      'a latitude without a longitude',
      { longitude: '' },
      'longitude',
      /both the latitude and the longitude/,
    ],
    ['no name', { name: '  ' }, 'name', /This field is required/],
  ];
  for (const [what, change, field, message] of BAD)
    it(`refuses ${what} with 400 on the ${field} field, writing nothing`, async () => {
      const before = await count();
      const res = await create({ ...VALID, name: 'Bad Input City', ...change });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, message);
      assert.match(res.body, new RegExp(`id="field-${field}"[^>]*aria-invalid="true"`));
      assert.match(res.body, /class="error-summary"/);
      assert.equal(await count(), before);
    });

  it('keeps what was typed when the form comes back', async () => {
    const res = await create({ ...VALID, name: 'Kept <Name>', population: '-1' });
    assert.match(res.body, /value="Kept &lt;Name>"|value="Kept <Name>"/);
    assert.match(res.body, /value="-1"/);
  });

  it('lets a coordinator edit an organisation, keeping its slug and auditing what changed', async () => {
    const city = await createCity(t.deps, { name: 'Old Name' });
    const form = await coordinator.get(`/organisations/${city.slug}/edit`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /value="Old Name"/);
    assert.match(form.body, /value="nl"/);
    const res = await coordinator.submit(
      `/organisations/${city.slug}/edit`,
      `/organisations/${city.slug}/edit`,
      {
        ...VALID,
        name: 'New Name',
        country: 'BR',
      },
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/organisations/${city.slug}?done=updated`);
    const row = await t.deps.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', city.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.name, 'New Name');
    assert.equal(row.name_search, 'new name');
    assert.equal(row.world_region, 'SA');
    const [event] = await audit('organisation.update');
    assert.equal(event!.subject_id, city.id);
    assert.equal(event!.actor_id, coordinatorId);
    assert.ok((JSON.parse(event!.details) as { changed: string[] }).changed.includes('name'));
    const page = await coordinator.get(res.headers.location as string);
    assert.match(page.body, /Your changes were saved\./);
  });

  it('refuses a bad edit with 400 and leaves the organisation as it was', async () => {
    const city = await createCity(t.deps, { name: 'Steady City' });
    const url = `/organisations/${city.slug}/edit`;
    const res = await coordinator.submit(url, url, { ...VALID, name: 'Changed', latitude: '200' });
    assert.equal(res.statusCode, 400);
    const row = await t.deps.db
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', city.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.name, 'Steady City');
  });

  it('answers 404 when editing an organisation that does not exist', async () => {
    assert.equal((await coordinator.get('/organisations/nowhere/edit')).statusCode, 404);
  });

  for (const roles of [[], ['facilitator'], ['partner_editor']] as Role[][])
    it(`forbids ${roles[0] ?? 'a learner'} to create or edit, writing nothing`, async () => {
      const org = await createOrganisation(t.deps, { name: 'Their Own Org' });
      const { client } = await signInNew(t.app, t.deps, {
        roles,
        organisationId: org.id,
        partnerOrganisationId: org.id,
      });
      const before = await count();
      assert.equal((await client.get('/organisations/new')).statusCode, 403);
      const csrf = await client.csrfFrom(`/organisations/${org.slug}`);
      assert.equal(
        (await client.post('/organisations', { _csrf: csrf, ...VALID })).statusCode,
        403,
      );
      assert.equal((await client.get(`/organisations/${org.slug}/edit`)).statusCode, 403);
      const edit = await client.post(`/organisations/${org.slug}/edit`, { _csrf: csrf, ...VALID });
      assert.equal(edit.statusCode, 403);
      assert.match(edit.body, /Only coordinators can add or edit organisations/);
      assert.equal(await count(), before);
      const name = await t.deps.db
        .selectFrom('organisations')
        .select('name')
        .where('id', '=', org.id)
        .executeTakeFirstOrThrow();
      assert.equal(name.name, 'Their Own Org');
    });

  it('sends visitors to sign in first', async () => {
    const res = await new Client(t.app).get('/organisations/new');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/sign-in?next=%2Forganisations%2Fnew');
  });
});
