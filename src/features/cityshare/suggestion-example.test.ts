import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCity } from '../../../test/factories/organisations.ts';
import { createAssessment } from '../../../test/factories/cityshare.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { complementarity, THEME_SLUGS, type CityProfile } from './complementarity.ts';
import { EXAMPLE } from './suggestion-example.ts';

// The "about suggestions" page explains the formula with a hand-computed example: its figures
// must be complementarity()'s. And the CityShare landing page links each reader onwards.

function profile(id: number, c: (typeof EXAMPLE)['a' | 'b']): CityProfile {
  return {
    id,
    name: `City ${id}`,
    themes: Object.fromEntries(
      THEME_SLUGS.map((t, i) => [t, { strength: c.strengths[i]!, need: c.needs[i]! }]),
    ) as CityProfile['themes'],
    languages: [...c.languages],
  };
}

describe('about suggestions and the CityShare landing page', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await createThemes(t.deps);
  });
  after(() => t.close());

  it('has a worked example whose figures are those of complementarity()', () => {
    const m = complementarity(profile(1, EXAMPLE.a), profile(2, EXAMPLE.b));
    assert.equal(m.gifts[1], EXAMPLE.giftAB);
    assert.equal(m.gifts[2], EXAMPLE.giftBA);
    assert.equal(EXAMPLE.reciprocity, Math.min(EXAMPLE.giftAB, EXAMPLE.giftBA));
    assert.equal(EXAMPLE.sum, EXAMPLE.giftAB + EXAMPLE.giftBA + EXAMPLE.reciprocity);
    assert.equal(m.score, EXAMPLE.score);
    assert.deepEqual(m.sharedLanguages, ['fr']);
    THEME_SLUGS.forEach((_, i) => {
      assert.equal(EXAMPLE.termsAB[i], EXAMPLE.a.strengths[i]! * EXAMPLE.b.needs[i]!);
      assert.equal(EXAMPLE.termsBA[i], EXAMPLE.b.strengths[i]! * EXAMPLE.a.needs[i]!);
    });
    assert.equal(
      EXAMPLE.termsAB.reduce((s: number, x) => s + x, 0),
      EXAMPLE.giftAB,
    );
    assert.equal(
      EXAMPLE.termsBA.reduce((s: number, x) => s + x, 0),
      EXAMPLE.giftBA,
    );
  });

  it('shows those figures to anyone, in every language', async () => {
    const c = new Client(t.app);
    const res = await c.get('/cityshare/about-suggestions');
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.includes('20 + 29 + the smaller gift 20 = 69.'));
    assert.ok(res.body.includes('69 × 1.25 = 86.25, a score of 86.25 of 360.'));
    assert.ok(res.body.includes('4 × 3 = 12'));
    assert.match(res.body, /Edmonds/);
    for (const lang of ['fr', 'es', 'ar', 'ru', 'zh']) {
      c.lang = lang;
      const page = await c.get('/cityshare/about-suggestions');
      assert.equal(page.statusCode, 200, lang);
      assert.ok(page.body.includes(`lang="${lang}"`), lang);
    }
  });

  it('explains the method to visitors and links members to their city', async () => {
    const anon = await new Client(t.app).get('/cityshare');
    assert.equal(anon.statusCode, 200);
    for (const href of ['/practices', '/exchanges', '/twinnings', '/cityshare/about-suggestions'])
      assert.ok(anon.body.includes(`href="${href}"`), href);
    assert.doesNotMatch(anon.body, /\/suggestions"/);
    const city = await createCity(t.deps, { name: 'Durban' });
    const { client } = await signInNew(t.app, t.deps, { organisationId: city.id });
    const before = await client.get('/cityshare');
    assert.ok(before.body.includes(`href="/cities/${city.slug}/assessment/edit"`));
    await createAssessment(t.deps, city.id, { strengths: '100000', needs: '010000' });
    const res = await client.get('/cityshare');
    assert.ok(res.body.includes(`href="/cities/${city.slug}/assessment"`));
    assert.ok(res.body.includes(`href="/cities/${city.slug}/suggestions"`));
    assert.doesNotMatch(res.body, /\/facilitate\/pairings/);
  });
});
