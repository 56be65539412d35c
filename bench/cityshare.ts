import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  THEME_SLUGS,
  suggestPartners,
  type CityProfile,
} from '../src/features/cityshare/complementarity.ts';
import { greedyPairing, pairCohort } from '../src/features/cityshare/pairing.ts';
import { benchDatabase } from './cityshare-db.ts';
import { startClock } from './clock.ts';
import { formatTable, int, ms } from './table.ts';

// `npm run bench:cityshare`: CityShare's two computations on random cities (seeded, so every run
// sees the same data): the top-10 partner suggestions for one city among 10,000 (aim: under
// 20 ms) and the pairing of a cohort of 1,000 (aim: under 2 s). Each is printed beside a plain
// scan of the same data in the same run (strength × need summed over the same cities, or over
// every pair of the cohort), as a ratio. Medians of several runs; CPU time is shown too, since
// the wall time on a shared machine depends on its load. Then the same through the database and
// the services (bench/cityshare-db.ts): SQLite, or PostgreSQL when DATABASE_URL is set.

const POOL = 10_000;
const COHORT = 1_000;
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt', 'de', 'it', 'nl', 'pl', 'ko'];
const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'];

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cities(n: number, rnd: () => number): CityProfile[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const level = () => Math.floor(rnd() * 5);
  return Array.from({ length: n }, (_, k) => ({
    id: k + 1,
    name: `City ${k + 1}`,
    themes: Object.fromEntries(
      THEME_SLUGS.map((t) => [t, { strength: level(), need: level() }]),
    ) as CityProfile['themes'],
    languages: [...new Set([pick(LANGUAGES), pick(LANGUAGES)])].slice(0, 1 + Math.floor(rnd() * 2)),
    region: pick(REGIONS),
    population: Math.floor(10_000 + rnd() * 3_000_000),
  }));
}

/** The plain scan: Σ strength × need both ways between `a` and each of `others`. */
function scan(a: CityProfile, others: readonly CityProfile[]): number {
  let sum = 0;
  for (const b of others)
    for (const t of THEME_SLUGS)
      sum += a.themes[t].strength * b.themes[t].need + b.themes[t].strength * a.themes[t].need;
  return sum;
}

function measure(runs: number, f: (run: number) => unknown): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < runs; run++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f(run);
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: median(walls), cpu: median(cpus) };
}

const clock = startClock(15 * 60_000);
const pool = cities(POOL, random(20130501));
const cohort = pool.slice(0, COHORT);
let sink = 0; // keeps the scans from being optimised away

const suggest = measure(21, (run) => suggestPartners(pool[run * 97]!, pool, {}, 10));
const suggestScan = measure(21, (run) => (sink += scan(pool[run * 97]!, pool)));
const pair = measure(3, () => pairCohort(cohort));
const pairScan = measure(3, () => {
  for (let i = 0; i < cohort.length; i++) sink += scan(cohort[i]!, cohort.slice(i + 1));
});

const best = pairCohort(cohort);
const greedy = greedyPairing(cohort);
console.log(
  `CityShare: suggestions and cohort pairing (load average ${loadavg()[0]!.toFixed(1)})\n`,
);
console.log(
  formatTable(
    ['task', 'median ms', 'cpu ms', 'plain scan ms', 'ratio', 'aim ms'],
    [
      ['top-10 suggestions among 10,000 cities', suggest, suggestScan, 20] as const,
      ['pairing a cohort of 1,000 cities', pair, pairScan, 2000] as const,
    ].map(([task, m, s, aim]) => [
      task,
      ms(m.wall),
      ms(m.cpu),
      ms(s.wall),
      `${(m.wall / s.wall).toFixed(1)}×`,
      int(aim),
    ]),
  ),
);
if (best.ok && greedy.ok)
  console.log(
    `\nPairing total ${best.total} (maximum) vs ${greedy.total} greedy (+${(((best.total - greedy.total) / greedy.total) * 100).toFixed(2)}%).`,
  );
if (sink < 0) console.log(sink);

const db = await benchDatabase(pool, COHORT, clock);
console.log(`\nThrough the database (${db.dialect}) and the services, same cities:\n`);
console.log(
  formatTable(
    ['task', 'median ms', 'cpu ms', 'plain scan ms', 'ratio', 'aim ms'],
    [
      ['top-10 suggestions among 10,000 cities', db.suggest, db.suggestScan, 20] as const,
      ['pairing a cohort of 1,000 cities', db.pair, db.pairScan, 2000] as const,
    ].map(([task, m, s, aim]) => [
      task,
      ms(m.wall),
      ms(m.cpu),
      ms(s.wall),
      `${(m.wall / s.wall).toFixed(2)}×`,
      int(aim),
    ]),
  ),
);
console.log(
  `\n  suggestions: first call ${ms(db.suggestCold)} ms (reads and caches the 10,000 candidates);` +
    ' the plain scan reads them every time and scores every city with its reasons.',
);
console.log(
  '  pairing: exact maximum-weight matching and 1,000 rows stored, beside a greedy pass alone.',
);
for (const line of clock.machineLines()) console.log(line);
clock.finish();
