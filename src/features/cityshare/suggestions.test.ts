import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAssessment, createCityCoordinator } from '../../../test/factories/cityshare.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';

// A city's suggested partners: who may see them, the reasons in words, filters, private
// assessments kept out, and a new assessment showing at once.

describe('city suggestions', () => {
  let t: TestApp;
  const city: Record<string, { id: number; slug: string }> = {};
  let member: Client;
  let facilitator: Client;

  before(async () => {
    t = await createTestApp();
    const cities = {
      porto: { name: 'Porto', country: 'PT', languages: ['pt'], population: 230_000 },
      curitiba: { name: 'Curitiba', country: 'BR', languages: ['pt'], population: 1_900_000 },
      antwerp: { name: 'Antwerp', country: 'BE', languages: ['nl'], population: 530_000 },
      secret: { name: 'Secretville', country: 'BR', languages: ['pt'], population: 90_000 },
      blank: { name: 'Blankton', country: 'FR', languages: ['fr'], population: 50_000 },
    };
    for (const [key, c] of Object.entries(cities)) {
      const { id, slug } = await createCity(t.deps, { ...c, region: '' });
      city[key] = { id, slug };
    }
    await createAssessment(t.deps, city.porto!.id, { strengths: '004000', needs: '000400' });
    await createAssessment(t.deps, city.curitiba!.id, { strengths: '000400', needs: '003000' });
    await createAssessment(t.deps, city.antwerp!.id, { strengths: '000200', needs: '001000' });
    await createAssessment(t.deps, city.secret!.id, {
      strengths: '000400',
      needs: '004000',
      isPrivate: true,
    });
    member = (await signInNew(t.app, t.deps, { organisationId: city.porto!.id })).client;
    facilitator = (await signInNew(t.app, t.deps, { roles: ['facilitator'] })).client;
  });
  after(() => t.close());

  const url = (key: string, query = '') => `/cities/${city[key]!.slug}/suggestions${query}`;
  const names = (body: string) =>
    [...body.matchAll(/<h3><a href="\/organisations\/[^"]+">([^<]+)</g)].map((m) => m[1]);

  it('shows a member the partners best first, with the score and the reasons in plain words', async () => {
    const res = await member.get(url('porto'));
    assert.equal(res.statusCode, 200);
    assert.deepEqual(names(res.body), ['Curitiba', 'Antwerp']);
    assert.match(res.body, /Score 50 of 360/);
    assert.match(
      res.body,
      /Curitiba is strong in urbanisation and the environment \(4\) where you need it \(4\); you are strong in education[^(]+\(4\) where Curitiba needs it \(3\); you share Portuguese\./,
    );
    assert.doesNotMatch(res.body, /Propose an exchange/);
  });

  it('never shows a private assessment to a member, even when the filters point at it', async () => {
    for (const q of ['', '?language=pt&region=SA&size=small', '?theme=education-youth']) {
      const res = await member.get(url('porto', q));
      assert.equal(res.statusCode, 200);
      assert.doesNotMatch(res.body, /Secretville/, q);
    }
  });

  it('uses private assessments for facilitators and offers them to propose an exchange', async () => {
    const res = await facilitator.get(url('porto'));
    assert.equal(res.statusCode, 200);
    assert.deepEqual(names(res.body), ['Secretville', 'Curitiba', 'Antwerp']);
    assert.match(res.body, /Porto is strong in education/);
    const link = `/exchanges/new?cities=${city.porto!.id},${city.curitiba!.id}&themes=urbanisation-environment,education-youth`;
    assert.ok(res.body.includes(link), 'propose link');
  });

  it('filters by region, size, language and theme', async () => {
    const cases: Array<[string, string[]]> = [
      ['?language=nl', ['Antwerp']],
      ['?region=SA', ['Curitiba']],
      ['?size=large', ['Curitiba', 'Antwerp']],
      ['?size=medium', []],
      ['?theme=social-cohesion', []],
      ['?region=&size=&language=&theme=', ['Curitiba', 'Antwerp']],
    ];
    for (const [q, expected] of cases) {
      const res = await member.get(url('porto', q));
      assert.equal(res.statusCode, 200, q);
      assert.deepEqual(names(res.body), expected, q);
    }
    const none = await member.get(url('porto', '?size=medium'));
    assert.match(none.body, /No city matches these filters/);
  });

  it('answers a bad filter with 400 naming it', async () => {
    const res = await member.get(url('porto', '?size=huge&theme=cooking'));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Choose a size from the list/);
    assert.match(res.body, /Choose a theme from the list/);
    assert.deepEqual(names(res.body), []);
  });

  it('sends visitors to sign in, refuses outsiders, and does not know non-cities', async () => {
    const anon = await new Client(t.app).get(url('porto'));
    assert.equal(anon.statusCode, 303);
    assert.match(anon.headers.location as string, /^\/sign-in\?next=/);
    const outsider = (await signInNew(t.app, t.deps, { organisationId: city.antwerp!.id })).client;
    assert.equal((await outsider.get(url('porto'))).statusCode, 403);
    const ngo = await createOrganisation(t.deps, { name: 'Some NGO', kind: 'ngo' });
    assert.equal((await member.get(`/cities/${ngo.slug}/suggestions`)).statusCode, 404);
    assert.equal((await member.get('/cities/no-such-city/suggestions')).statusCode, 404);
    for (const bad of ['%00', 'a%20b', 'Upper-Case'])
      assert.equal((await member.get(`/cities/${bad}/suggestions`)).statusCode, 404, bad);
    const coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    assert.equal((await coordinator.get(url('porto'))).statusCode, 200);
  });

  it('lets a city coordinator see their city; a city without an assessment says what to do', async () => {
    const coordinator = await createCityCoordinator(t.deps, city.blank!.id);
    const client = await signIn(t.app, coordinator);
    const res = await client.get(url('blank'));
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Blankton has no self-assessment yet/);
    assert.ok(res.body.includes(`href="/cities/${city.blank!.slug}/assessment/edit"`));
  });

  it('shows a new assessment at once, and drops a city that turns private', async () => {
    const newcomer = await createCity(t.deps, { name: 'Newtown', languages: ['pt'] });
    await member.get(url('porto')); // the list is cached now
    await createAssessment(t.deps, newcomer.id, { strengths: '000300', needs: '001000' });
    assert.ok(names((await member.get(url('porto'))).body).includes('Newtown'));
    await createAssessment(t.deps, newcomer.id, {
      strengths: '000300',
      needs: '001000',
      isPrivate: true,
    });
    assert.ok(!names((await member.get(url('porto'))).body).includes('Newtown'));
  });

  it('puts the reasons in words in every language', async () => {
    const expected: Record<string, string> = {
      fr: 'Curitiba est forte en urbanisation et environnement (4) là où vous en avez besoin (4)',
      es: 'Curitiba es fuerte en urbanización y medio ambiente (4) donde ustedes lo necesitan (4)',
      ar: 'Curitiba قوية في التحضر والبيئة (4) حيث تحتاجون إليه (4)',
      ru: 'Curitiba: сильная сторона — урбанизация и окружающая среда (4), а вам это нужно (4)',
      zh: 'Curitiba在城市化与环境方面较强（4），而你们正需要（4）',
    };
    for (const [lang, sentence] of Object.entries(expected)) {
      await member.get(`/language/${lang}?next=/`);
      const res = await member.get(url('porto'));
      assert.equal(res.statusCode, 200, lang);
      assert.ok(res.body.includes(`lang="${lang}"`), lang);
      assert.ok(res.body.includes(sentence), lang);
    }
    await member.get('/language/en?next=/');
  });
});
