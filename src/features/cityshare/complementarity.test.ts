import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { THEMES } from '../curriculum/themes.data.ts';
import {
  THEME_SLUGS,
  complementarity,
  suggestPartners,
  type CityProfile,
  type ThemeSlug,
} from './complementarity.ts';

type Levels = Partial<Record<ThemeSlug, [strength: number, need: number]>>;

/** A city with the given [strength, need] per theme; themes not named are [0, 0]. */
function city(id: number, name: string, levels: Levels, languages: string[] = ['en'], extra = {}) {
  const themes = Object.fromEntries(
    THEME_SLUGS.map((t) => [t, { strength: levels[t]?.[0] ?? 0, need: levels[t]?.[1] ?? 0 }]),
  ) as CityProfile['themes'];
  return { id, name, themes, languages, ...extra } satisfies CityProfile;
}

const cityArbitrary = (id: number) =>
  fc
    .record({
      levels: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), {
        minLength: 6,
        maxLength: 6,
      }),
      languages: fc.subarray(['en', 'fr', 'pt', 'es'], { minLength: 1 }),
    })
    .map(({ levels, languages }) =>
      city(
        id,
        `City ${id}`,
        Object.fromEntries(THEME_SLUGS.map((t, k) => [t, levels[k]!])),
        languages,
      ),
    );

const score = (a: CityProfile, b: CityProfile) => complementarity(a, b).score;

describe('complementarity score', () => {
  it('uses the six theme slugs of the curriculum, in its order', () => {
    assert.deepEqual(
      [...THEME_SLUGS],
      THEMES.map((t) => t.slug),
    );
  });

  it('Curitiba and a partner: two-way gifts, reciprocity bonus and a shared language', () => {
    // Curitiba gives urbanisation 4 × need 4 = 16; the partner gives education 4 × need 3 = 12
    // and social cohesion 1 × need 2 = 2. Gifts 16 and 14; complementarity 16 + 14 + min = 44;
    // they share Portuguese: 44 × 1.25 = 55.
    const curitiba = city(
      1,
      'Curitiba',
      {
        'urbanisation-environment': [4, 0],
        'education-youth': [0, 3],
        'social-cohesion': [0, 2],
      },
      ['pt'],
    );
    const you = city(
      2,
      'Porto',
      {
        'urbanisation-environment': [0, 4],
        'education-youth': [4, 0],
        'social-cohesion': [1, 0],
      },
      ['pt', 'en'],
    );
    const m = complementarity(you, curitiba);
    assert.equal(m.score, 55);
    assert.deepEqual(m.gifts, { 1: 16, 2: 14 });
    assert.deepEqual(m.sharedLanguages, ['pt']);
    assert.deepEqual(
      m.reasons.map((r) => [r.giverId, r.theme, r.strength, r.need, r.value]),
      [
        [1, 'urbanisation-environment', 4, 4, 16],
        [2, 'education-youth', 4, 3, 12],
        [2, 'social-cohesion', 1, 2, 2],
      ],
    );
  });

  it('one-way help counts, without a reciprocity bonus or language', () => {
    // A gives economic development 3 × 4 = 12 and human security 2 × 1 = 2: gift 14, none back.
    // Complementarity 14 + 0 + min(14, 0) = 14; no shared language, so the score is 14.
    const a = city(1, 'A', { 'economic-development': [3, 0], 'human-security': [2, 0] }, ['fr']);
    const b = city(2, 'B', { 'economic-development': [0, 4], 'human-security': [0, 1] }, ['ru']);
    assert.equal(score(a, b), 14);
  });

  it('two-way beats one-way of the same total', () => {
    // Two-way: 8 each way (2 × 4 on two themes): 8 + 8 + 8 = 24. One-way: 16 (4 × 4): 16 + 0 + 0.
    const a = city(1, 'A', { 'social-cohesion': [2, 0], 'education-youth': [0, 4] });
    const b = city(2, 'B', { 'social-cohesion': [0, 4], 'education-youth': [2, 0] });
    const c = city(3, 'C', { 'social-cohesion': [4, 0] });
    const d = city(4, 'D', { 'social-cohesion': [0, 4] });
    assert.equal(score(a, b), 24 * 1.25);
    assert.equal(score(c, d), 16 * 1.25);
  });

  it('a shared language alone gives nothing', () => {
    // Both strong where neither needs anything: every strength × need is 0.
    const a = city(1, 'A', { 'social-cohesion': [4, 0] }, ['es']);
    const b = city(2, 'B', { 'education-youth': [4, 0] }, ['es']);
    assert.equal(score(a, b), 0);
    assert.deepEqual(complementarity(a, b).reasons, []);
  });

  it('refuses levels outside 0–4', () => {
    assert.throws(
      () => score(city(1, 'A', { 'social-cohesion': [5, 0] }), city(2, 'B', {})),
      RangeError,
    );
    assert.throws(
      () => score(city(1, 'A', { 'social-cohesion': [1.5, 0] }), city(2, 'B', {})),
      RangeError,
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(cityArbitrary(1), cityArbitrary(2), (a, b) => {
        const ab = complementarity(a, b);
        const ba = complementarity(b, a);
        assert.equal(ab.score, ba.score);
        assert.deepEqual(ab.reasons, ba.reasons);
      }),
    );
  });

  it('is zero when neither city has a strength where the other has a need', () => {
    fc.assert(
      fc.property(
        cityArbitrary(1),
        cityArbitrary(2),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (a, b, pick) => {
          THEME_SLUGS.forEach((t, k) => {
            if (pick[k]) a.themes[t].strength = 0;
            else b.themes[t].need = 0;
            if (pick[k + 6]) b.themes[t].strength = 0;
            else a.themes[t].need = 0;
          });
          assert.equal(score(a, b), 0);
        },
      ),
    );
  });

  it('rises when a strength or need rises where it meets the other city, never falls', () => {
    fc.assert(
      fc.property(
        cityArbitrary(1),
        cityArbitrary(2),
        fc.constantFrom(...THEME_SLUGS),
        fc.constantFrom('strength' as const, 'need' as const),
        (a, b, theme, what) => {
          if (a.themes[theme][what] === 4) return;
          const before = score(a, b);
          const raised = structuredClone(a);
          raised.themes[theme][what] += 1;
          const after = score(raised, b);
          const meets = what === 'strength' ? b.themes[theme].need : b.themes[theme].strength;
          if (meets > 0) assert.ok(after > before, `${after} > ${before}`);
          else assert.equal(after, before);
        },
      ),
    );
  });
});

describe('partner suggestions', () => {
  const me = city(1, 'Me', { 'social-cohesion': [0, 4], 'education-youth': [3, 0] }, ['fr'], {
    region: 'Europe',
  });
  const others = [
    city(2, 'Beta', { 'social-cohesion': [4, 0] }, ['en'], {
      region: 'Europe',
      population: 200_000,
    }),
    city(3, 'Alpha', { 'social-cohesion': [4, 0] }, ['en'], {
      region: 'Africa',
      population: 900_000,
    }),
    city(4, 'Gamma', { 'education-youth': [0, 4] }, ['fr'], {
      region: 'Africa',
      population: 50_000,
    }),
    city(5, 'Delta', { 'human-security': [4, 0] }, ['fr'], { region: 'Europe' }),
    city(6, 'Alpha', { 'social-cohesion': [4, 0] }, ['en'], { region: 'Asia', population: 10_000 }),
  ];

  it('ranks by score, then name, then id; leaves out the city itself and cities with score 0', () => {
    // Gamma: 3 × 4 = 12 one-way, shares French: 15. Alpha, Alpha, Beta: 4 × 4 = 16 one-way.
    const ids = suggestPartners(me, [me, ...others]).map((s) => [s.city.id, s.match.score]);
    assert.deepEqual(ids, [
      [3, 16],
      [6, 16],
      [2, 16],
      [4, 15],
    ]);
    assert.equal(suggestPartners(me, others, {}, 2).length, 2);
    assert.deepEqual(suggestPartners(me, others, {}, 0), []);
  });

  it('filters by region, population band, language and theme', () => {
    const ids = (f: Parameters<typeof suggestPartners>[2]) =>
      suggestPartners(me, others, f).map((s) => s.city.id);
    assert.deepEqual(ids({ region: 'Africa' }), [3, 4]);
    assert.deepEqual(ids({ minPopulation: 100_000 }), [3, 2]);
    assert.deepEqual(ids({ maxPopulation: 100_000 }), [6, 4]);
    assert.deepEqual(ids({ language: 'fr' }), [4]);
    assert.deepEqual(ids({ theme: 'education-youth' }), [4]);
    assert.deepEqual(ids({ theme: 'human-security' }), []);
  });

  it('returns the same top ten as sorting every candidate', () => {
    fc.assert(
      fc.property(
        cityArbitrary(0),
        fc.array(fc.nat(), { minLength: 0, maxLength: 40 }),
        fc.integer({ min: 0, max: 4 }),
        (c, seeds, mod) => {
          const candidates = seeds.map((s, k) => ({
            ...c,
            id: k + 1,
            name: `N${s % (mod + 1)}`,
            themes: structuredClone(c.themes),
          }));
          candidates.forEach((x, k) => (x.themes['social-cohesion'].strength = seeds[k]! % 5));
          const all = candidates
            .map((x) => ({ id: x.id, name: x.name, score: score(c, x) }))
            .filter((x) => x.score > 0)
            .sort(
              (x, y) =>
                y.score - x.score || (x.name < y.name ? -1 : x.name > y.name ? 1 : x.id - y.id),
            )
            .slice(0, 10)
            .map((x) => x.id);
          assert.deepEqual(
            suggestPartners(c, candidates).map((s) => s.city.id),
            all,
          );
        },
      ),
    );
  });
});
