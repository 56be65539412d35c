import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { THEME_SLUGS, type CityProfile } from './complementarity.ts';
import { maxWeightPerfectMatching } from './matching.ts';
import { greedyPairing, pairCohort, scoreGrouping, type Pairing } from './pairing.ts';

const blossom = createRequire(import.meta.url)('edmonds-blossom-fixed') as (
  edges: [number, number, number][],
  maxCardinality: boolean,
) => number[];

/** Cities with random levels 0–4 and one or two of three languages. */
const cohort = (min: number, max: number) =>
  fc
    .array(
      fc.record({
        levels: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 12, maxLength: 12 }),
        languages: fc.subarray(['en', 'fr', 'pt'], { minLength: 1, maxLength: 2 }),
      }),
      { minLength: min, maxLength: max },
    )
    .map((rows) => rows.map((r, k) => profile(k + 1, r.levels, r.languages)));

function profile(id: number, levels: number[], languages: string[]): CityProfile {
  const themes = Object.fromEntries(
    THEME_SLUGS.map((t, k) => [t, { strength: levels[k]!, need: levels[k + 6]! }]),
  ) as CityProfile['themes'];
  return { id, name: `City ${String(id).padStart(3, '0')}`, themes, languages };
}

/** Random symmetric integer weights (many ties when `max` is small). */
const weights = (n: number, max: number) =>
  fc.array(fc.integer({ min: 0, max }), { minLength: n * n, maxLength: n * n }).map((raw) => {
    const w = new Int32Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) w[i * n + j] = w[j * n + i] = raw[i * n + j]!;
    return w;
  });

/** The best perfect matching by trying them all (dynamic programming over subsets). */
function bruteForce(w: Int32Array, n: number): number {
  const best = new Float64Array(1 << n).fill(-1);
  best[0] = 0;
  for (let mask = 1; mask < 1 << n; mask++) {
    const i = Math.log2(mask & -mask);
    for (let j = i + 1; j < n; j++)
      if (mask & (1 << j) && best[mask ^ (1 << i) ^ (1 << j)]! >= 0)
        best[mask] = Math.max(best[mask]!, best[mask ^ (1 << i) ^ (1 << j)]! + w[i * n + j]!);
  }
  return best[(1 << n) - 1]!;
}

function weightOf(w: Int32Array, n: number, mate: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    assert.ok(mate[i]! >= 0 && mate[mate[i]!] === i, 'a perfect matching');
    if (mate[i]! > i) sum += w[i * n + mate[i]!]!;
  }
  return sum;
}

const ok = (p: Pairing) => {
  assert.ok(p.ok);
  return p;
};

describe('maximum-weight matching', () => {
  it('edmonds-blossom-fixed finds the best perfect matching (brute force, up to 10 vertices)', () => {
    const sizes = fc.constantFrom(2, 4, 6, 8, 10);
    fc.assert(
      fc.property(
        sizes.chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.constantFrom(3, 1000).chain((max) => weights(n, max)),
          ),
        ),
        ([n, w]) => {
          const edges: [number, number, number][] = [];
          for (let i = 0; i < n; i++)
            for (let j = i + 1; j < n; j++) edges.push([i, j, w[i * n + j]!]);
          assert.equal(weightOf(w, n, blossom(edges, true)), bruteForce(w, n));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the LP-pruned matching equals brute force (up to 12 vertices) and the library on the full graph', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2, 4, 6, 8, 12).chain((n) => fc.tuple(fc.constant(n), weights(n, 4))),
        ([n, w]) => {
          assert.equal(weightOf(w, n, maxWeightPerfectMatching(w, n)), bruteForce(w, n));
        },
      ),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(weights(60, 200), (w) => {
        const edges: [number, number, number][] = [];
        for (let i = 0; i < 60; i++)
          for (let j = i + 1; j < 60; j++) edges.push([i, j, w[i * 60 + j]!]);
        assert.equal(
          weightOf(w, 60, maxWeightPerfectMatching(w, 60)),
          weightOf(w, 60, blossom(edges, true)),
        );
      }),
      { numRuns: 10 },
    );
  });
});

describe('cohort pairing', () => {
  it('gives no pairing for fewer than two cities', () => {
    assert.deepEqual(pairCohort([]), { ok: false, reason: 'fewer-than-two-cities' });
    assert.deepEqual(pairCohort([profile(1, Array(12).fill(1), ['en'])]), {
      ok: false,
      reason: 'fewer-than-two-cities',
    });
  });

  it('pairs the complementary cities, not the greedy best pair (hand-computed)', () => {
    // Themes 1 and 2 only (strength, need). A: s1 = 4. B: n1 = 4, s2 = 3. C: n2 = 3. D: n1 = 4.
    // A–B: A gives 4 × 4 = 16, one-way, no shared language: 16. A–D: the same, 16.
    // B–C: B gives 3 × 3 = 9, one-way, both speak French: 9 × 1.25 = 11.25. Other pairs: 0.
    // Greedy takes A–B (16, the first of the best) and is left with C–D (0): 16.
    // The maximum is A–D + B–C = 16 + 11.25 = 27.25.
    const lv = (s1: number, n1: number, s2: number, n2: number) => [
      s1,
      s2,
      0,
      0,
      0,
      0,
      n1,
      n2,
      0,
      0,
      0,
      0,
    ];
    const cities = [
      profile(1, lv(4, 0, 0, 0), ['en']),
      profile(2, lv(0, 4, 3, 0), ['fr']),
      profile(3, lv(0, 0, 0, 3), ['fr']),
      profile(4, lv(0, 4, 0, 0), ['pt']),
    ];
    const p = ok(pairCohort(cities));
    assert.deepEqual(p.groups, [
      { cityIds: [1, 4], score: 16 },
      { cityIds: [2, 3], score: 11.25 },
    ]);
    assert.equal(p.total, 27.25);
    assert.equal(ok(greedyPairing(cities)).total, 16);
  });

  it('puts three cities in one group', () => {
    const p = ok(pairCohort(fc.sample(cohort(3, 3), 1)[0]!));
    assert.equal(p.groups.length, 1);
    assert.equal(p.groups[0]!.cityIds.length, 3);
  });

  it('puts every city in exactly one group: pairs, and one group of three when the count is odd', () => {
    fc.assert(
      fc.property(cohort(2, 25), (cities) => {
        const p = ok(pairCohort(cities));
        const ids = p.groups.flatMap((g) => g.cityIds).sort((a, b) => a - b);
        assert.deepEqual(
          ids,
          cities.map((c) => c.id),
        );
        const sizes = p.groups.map((g) => g.cityIds.length).sort();
        assert.deepEqual(
          sizes,
          cities.length % 2 ? [...Array(sizes.length - 1).fill(2), 3] : Array(sizes.length).fill(2),
        );
        assert.equal(
          p.total,
          scoreGrouping(
            cities,
            p.groups.map((g) => g.cityIds),
          ).total,
        );
      }),
    );
  });

  it('never totals less than the greedy pairing, and is the best possible for an even count', () => {
    fc.assert(
      fc.property(cohort(2, 13), (cities) => {
        const p = ok(pairCohort(cities));
        assert.ok(p.total >= ok(greedyPairing(cities)).total);
        if (cities.length % 2 === 0) {
          const n = cities.length;
          const w = new Int32Array(n * n);
          for (let i = 0; i < n; i++)
            for (let j = 0; j < n; j++)
              if (i !== j)
                w[i * n + j] = 4 * scoreGrouping(cities, [[cities[i]!.id, cities[j]!.id]]).total;
          assert.equal(p.total * 4, bruteForce(w, n));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order the cities come in', () => {
    fc.assert(
      fc.property(cohort(2, 15), fc.nat(), (cities, seed) => {
        const shuffled = [...cities].sort(
          (a, b) => ((a.id * 7919 + seed) % 101) - ((b.id * 7919 + seed) % 101),
        );
        assert.deepEqual(pairCohort(shuffled), pairCohort(cities));
      }),
    );
  });

  it('scores a grouping made by hand and refuses unknown or repeated cities', () => {
    const cities = fc.sample(cohort(4, 4), 1)[0]!;
    const s = scoreGrouping(cities, [[1, 2, 3], [4]]);
    assert.equal(s.groups[1]!.score, 0);
    assert.equal(s.total, s.groups[0]!.score);
    assert.throws(
      () =>
        scoreGrouping(cities, [
          [1, 2],
          [2, 3],
        ]),
      RangeError,
    );
    assert.throws(() => scoreGrouping(cities, [[1, 99]]), RangeError);
  });
});
