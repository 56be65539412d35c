import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';

describe('organisation page', () => {
  let t: TestApp;
  let city: Awaited<ReturnType<typeof createCity>>;
  const c = () => new Client(t.app);

  before(async () => {
    t = await createTestApp();
    city = await createCity(t.deps, {
      isPartner: true,
      website: 'https://www.antwerpen.be/',
      description: 'Port city on the Scheldt.\n\n<script>alert(1)</script> & more',
    });
    for (const name of ['Hidden Member One', 'Hidden Member Two', 'Hidden Member Three'])
      await createOfficial(t.deps, { name, organisationId: city.id });
  });
  after(() => t.close());

  it('shows a city with its facts, map link and partner badge', async () => {
    const res = await c().get(`/organisations/${city.slug}`);
    assert.equal(res.statusCode, 200);
    const body = res.body;
    assert.match(body, /<h1>Antwerp<\/h1>/);
    assert.match(body, /City \(local authority\)/);
    assert.match(body, /<dd>Belgium<\/dd>/);
    assert.match(body, /<dd>Flanders<\/dd>/);
    assert.match(body, /<dd>530,000<\/dd>/);
    assert.match(body, /<dd>Dutch<\/dd>/);
    assert.match(body, /51\.219, 4\.403/);
    assert.match(
      body,
      /href="https:\/\/www\.openstreetmap\.org\/\?mlat=51\.2194&(amp;)?mlon=4\.4025#map=12\/51\.2194\/4\.4025"/,
    );
    assert.match(body, /href="https:\/\/www\.antwerpen\.be\/" rel="external noopener noreferrer"/);
    assert.match(body, /class="badge"[^>]*>Platform partner/);
  });

  it('counts the officials of the organisation without naming them', async () => {
    const body = (await c().get(`/organisations/${city.slug}`)).body;
    assert.match(body, /Officials on the platform<\/dt><dd>3<\/dd>/);
    assert.doesNotMatch(body, /Hidden Member/);
  });

  it('shows the description as escaped plain paragraphs', async () => {
    const body = (await c().get(`/organisations/${city.slug}`)).body;
    assert.match(body, /<p>Port city on the Scheldt\.<\/p>/);
    assert.match(body, /<p>&lt;script>alert\(1\)&lt;\/script> &amp; more<\/p>/);
    assert.doesNotMatch(body, /<script>alert/);
  });

  it('is translated, numbers and names included', async () => {
    const body = (await c().get(`/organisations/${city.slug}`, { 'accept-language': 'fr' })).body;
    assert.match(body, /<dd>Belgique<\/dd>/);
    assert.match(body, /<dd>néerlandais<\/dd>/);
    assert.match(body, /<dd>530\u202f000<\/dd>/);
    assert.match(body, /Voir sur OpenStreetMap/);
    const ar = await c().get(`/organisations/${city.slug}`, { 'accept-language': 'ar' });
    assert.match(ar.body, /dir="rtl"/);
    assert.match(ar.body, /مدينة \(سلطة محلية\)/);
  });

  it('never links a website that is not http or https', async () => {
    const bad = await createOrganisation(t.deps, {
      name: 'Bad Link',
      website: 'javascript:alert(1)',
      isDemo: true,
    });
    const body = (await c().get(`/organisations/${bad.slug}`)).body;
    assert.doesNotMatch(body, /javascript:/);
    assert.match(body, /demo-badge[^>]*>Demo data/);
    // No city facts for an organisation without them.
    assert.doesNotMatch(body, /OpenStreetMap/);
  });

  it('answers 404 for an unknown organisation', async () => {
    const res = await c().get('/organisations/no-such-place', { 'accept-language': 'es' });
    assert.equal(res.statusCode, 404);
    assert.match(res.body, /lang="es"/);
    assert.match(res.body, /No hemos encontrado esta organización/);
  });

  it('answers 404, never 500, for addresses no slug can have', async () => {
    for (const slug of ['%00', 'UPPER', '%F0%9F%98%80', 'a-', '..%2F..']) {
      assert.equal((await c().get(`/organisations/${slug}`)).statusCode, 404, slug);
      assert.equal((await c().get(`/themes/${slug}`)).statusCode, 404, slug);
      assert.equal((await c().get(`/curricula/${slug}`)).statusCode, 404, slug);
    }
    // Fastify itself refuses over-long path parameters (414).
    assert.equal((await c().get(`/organisations/${'a'.repeat(300)}`)).statusCode, 414);
  });
});
