import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCityCoordinator } from '../../../test/factories/cityshare.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';
import { cityRelation } from './city-profile.service.ts';
import { selectCityMembers } from './city-coordinators.queries.ts';

describe('city profile and city coordinators', () => {
  let t: TestApp;
  let city: Awaited<ReturnType<typeof createCity>>;
  let other: Awaited<ReturnType<typeof createCity>>;
  let coordinator: Awaited<ReturnType<typeof createCityCoordinator>>;
  let coordinatorClient: Client;

  before(async () => {
    t = await createTestApp();
    await createThemes(t.deps);
    city = await createCity(t.deps, { name: 'Plock', country: 'PL', languages: ['pl'] });
    other = await createCity(t.deps, { name: 'Durban', country: 'ZA' });
    coordinator = await createCityCoordinator(t.deps, city.id, { name: 'Anna Coordinator' });
    coordinatorClient = await signIn(t.app, coordinator);
  });
  after(() => t.close());

  it('lets a city coordinator edit the profile, shown on the organisation page', async () => {
    const url = `/cities/${city.slug}/profile`;
    const form = await coordinatorClient.get(url);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /<option value="pl" selected>Polish<\/option>/);
    const res = await coordinatorClient.submit(url, url, {
      languages: ['pl', 'en'],
      population: '119 000',
      region: 'Masovia',
      migration_context: 'Arrivals from **Ukraine** since 2022.\n\n<script>x</script>',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/organisations/${city.slug}?done=cityProfileSaved`);
    const page = await new Client(t.app).get(`/organisations/${city.slug}`);
    assert.match(page.body, /<strong>Ukraine<\/strong>/);
    assert.doesNotMatch(page.body, /<script>x/);
    assert.match(page.body, /Polish and English/);
    assert.match(page.body, /119,000/);
    assert.match(page.body, /Masovia/);
    assert.match(page.body, /Anna Coordinator/);
  });

  it('rejects unknown languages and a bad population with the input kept', async () => {
    const url = `/cities/${city.slug}/profile`;
    const res = await coordinatorClient.submit(url, url, {
      languages: ['xx'],
      population: 'lots',
      region: 'Kept region',
      migration_context: 'y'.repeat(4001),
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Choose languages from the list/);
    assert.match(res.body, /Enter the population as a whole number/);
    assert.match(res.body, /value="Kept region"/);
    assert.match(res.body, /error-summary/);
  });

  it('refuses other officials (403), visitors (sign-in) and organisations that are not cities (404)', async () => {
    const url = `/cities/${city.slug}/profile`;
    const { client: stranger } = await signInNew(t.app, t.deps, { organisationId: other.id });
    assert.equal((await stranger.get(url)).statusCode, 403);
    const anon = await new Client(t.app).get(url);
    assert.equal(anon.statusCode, 303);
    assert.match(String(anon.headers.location), /^\/sign-in\?next=/);
    const ngo = await createOrganisation(t.deps, { name: 'Some NGO' });
    const { client: boss } = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    assert.equal((await boss.get(`/cities/${ngo.slug}/profile`)).statusCode, 404);
    assert.equal((await boss.get(url)).statusCode, 200);
  });

  it('lists members and lets a city coordinator name another member', async () => {
    const member = await createOfficial(t.deps, { name: 'Bartek Member', organisationId: city.id });
    const url = `/cities/${city.slug}/coordinators`;
    const page = await coordinatorClient.get(url);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Bartek Member/);
    const res = await coordinatorClient.submit(url, url, {
      action: 'add',
      user_id: String(member.id),
    });
    assert.equal(res.statusCode, 303);
    const members = await selectCityMembers(t.deps.db, city.id);
    assert.equal(members.find((m) => m.id === member.id)?.isCityCoordinator, true);
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', city.id)
      .execute();
    assert.ok(audit.some((a) => a.action === 'city.coordinator.add'));
    // Members see the list; they may not change it.
    const memberClient = await signIn(t.app, member);
    assert.equal((await memberClient.get(url)).statusCode, 200);
    const plain = await createOfficial(t.deps, { organisationId: city.id });
    const plainClient = await signIn(t.app, plain);
    const list = await plainClient.get(url);
    assert.equal(list.statusCode, 200);
    assert.doesNotMatch(list.body, /name="action"/);
    const refused = await plainClient.submit(url, url, {
      action: 'add',
      user_id: String(plain.id),
    });
    assert.equal(refused.statusCode, 403);
    await coordinatorClient.submit(url, url, { action: 'remove', user_id: String(member.id) });
    assert.equal((await cityRelation(t.deps, null, city.id)).isCityCoordinator, false);
  });

  it('names only members of the city, with a translated error', async () => {
    const outsider = await createOfficial(t.deps, { organisationId: other.id });
    const url = `/cities/${city.slug}/coordinators`;
    const res = await coordinatorClient.submit(url, url, {
      action: 'add',
      user_id: String(outsider.id),
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Only members of this city can be named city coordinator/);
    coordinatorClient.cookies.set('lphm_lang', 'fr');
    const fr = await coordinatorClient.submit(url, url, { action: 'add', user_id: 'x' });
    coordinatorClient.cookies.delete('lphm_lang');
    assert.equal(fr.statusCode, 400);
    assert.match(fr.body, /Choisissez un membre dans la liste/);
  });

  it('keeps the last coordinator unless a programme coordinator removes them', async () => {
    const url = `/cities/${city.slug}/coordinators`;
    const res = await coordinatorClient.submit(url, url, {
      action: 'remove',
      user_id: String(coordinator.id),
    });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /last coordinator cannot be removed/);
    const { client: boss } = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    const ok = await boss.submit(url, url, { action: 'remove', user_id: String(coordinator.id) });
    assert.equal(ok.statusCode, 303);
    await boss.submit(url, url, { action: 'add', user_id: String(coordinator.id) });
  });

  it('never leaves a city without coordinators when two remove each other at once', async () => {
    const second = await createCityCoordinator(t.deps, city.id);
    const secondClient = await signIn(t.app, second);
    const url = `/cities/${city.slug}/coordinators`;
    const [a, b] = await Promise.all([
      coordinatorClient.submit(url, url, { action: 'remove', user_id: String(second.id) }),
      secondClient.submit(url, url, { action: 'remove', user_id: String(coordinator.id) }),
    ]);
    // One succeeds; the other is refused as the last coordinator (409) or as no longer one (403).
    const codes = [a.statusCode, b.statusCode].sort();
    assert.equal(codes[0], 303);
    assert.ok([403, 409].includes(codes[1]!), `second answer ${codes[1]}`);
    const left = (await selectCityMembers(t.deps.db, city.id)).filter((m) => m.isCityCoordinator);
    assert.equal(left.length, 1);
  });
});
