import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Actor } from '../src/features/accounts/actor.ts';
import { selectCandidateRows } from '../src/features/cityshare/candidates.queries.ts';
import {
  complementarity,
  THEME_SLUGS,
  type CityProfile,
} from '../src/features/cityshare/complementarity.ts';
import { greedyPairing } from '../src/features/cityshare/pairing.ts';
import { createPairing } from '../src/features/cityshare/pairings-create.service.ts';
import { getCitySuggestions } from '../src/features/cityshare/suggestions.service.ts';
import { randomToken } from '../src/web/tokens.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createTestDatabase } from '../test/support/database.ts';
import type { BenchClock } from './clock.ts';

// The database-backed half of `npm run bench:cityshare`: the same random cities stored in a
// fresh database (SQLite, or PostgreSQL when DATABASE_URL is set), then the top-10 suggestions
// for one city through the service (getCitySuggestions: access check, cache version read, the
// candidate list kept in memory, scoring) beside a plain scan (the same rows read by the naive
// query, every city scored with its reasons, sorted, ten kept), and the pairing of a cohort of
// 1,000 cities through the service (createPairing: maximum-weight matching, stored) beside the
// plain greedy pass over the same rows read afresh.

export interface Timing {
  wall: number;
  /** This process's CPU time (the database server's is not in it). */
  cpu: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(runs: number, f: (run: number) => Promise<unknown>): Promise<Timing> {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < runs; run++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await f(run);
    walls.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const digits = (c: CityProfile, what: 'strength' | 'need') =>
  THEME_SLUGS.map((t) => c.themes[t][what]).join('');

function toProfile(r: Awaited<ReturnType<typeof selectCandidateRows>>[number]): CityProfile {
  return {
    id: r.id,
    name: r.name,
    themes: Object.fromEntries(
      THEME_SLUGS.map((t, i) => [
        t,
        { strength: Number(r.strengths[i]), need: Number(r.needs[i]) },
      ]),
    ) as CityProfile['themes'],
    languages: r.languages,
  };
}

export interface DbFigures {
  dialect: string;
  suggestCold: number;
  suggest: Timing;
  suggestScan: Timing;
  pair: Timing;
  pairScan: Timing;
}

export async function benchDatabase(
  pool: CityProfile[],
  cohortSize: number,
  clock: BenchClock,
): Promise<DbFigures> {
  const database = await createTestDatabase();
  const { deps } = database;
  try {
    clock.progress(` seeding ${pool.length} cities with assessments (${deps.dialect})`);
    const now = new Date().toISOString();
    const ids: number[] = [];
    for (let k = 0; k < pool.length; k += 500) {
      const batch = pool.slice(k, k + 500);
      const rows = await deps.db
        .insertInto('organisations')
        .values(
          batch.map((c) => ({
            slug: `bench-city-${c.id}`,
            kind: 'local_authority',
            name: c.name,
            name_search: c.name.toLowerCase(),
            short_name: '',
            description: '',
            website: '',
            country: null,
            world_region: c.region ?? null,
            region: '',
            population: c.population ?? null,
            languages: JSON.stringify(c.languages),
            latitude: null,
            longitude: null,
            is_partner: 0,
            is_demo: 0,
            created_at: now,
            updated_at: now,
          })),
        )
        .returning('id')
        .execute();
      ids.push(...rows.map((r) => r.id));
      await deps.db
        .insertInto('assessments')
        .values(
          batch.map((c, i) => ({
            organisation_id: rows[i]!.id,
            strengths: digits(c, 'strength'),
            needs: digits(c, 'need'),
            is_private: c.id % 20 === 0 ? 1 : 0, // one city in twenty keeps it private
            created_at: now,
          })),
        )
        .execute();
    }
    if (deps.dialect === 'postgres') await sql`analyze`.execute(deps.db);
    const facilitator = await createOfficial(deps, { roles: ['facilitator'] });
    const actor: Actor = {
      id: facilitator.id,
      name: facilitator.name,
      email: facilitator.email,
      preferredLanguage: 'en',
      organisationId: null,
      roles: new Set(['facilitator']),
      partnerOrganisationId: null,
    };
    const slugOf = (run: number) => `bench-city-${pool[(run * 97) % pool.length]!.id}`;

    clock.progress(' top-10 suggestions through the service, and the plain scan');
    const t0 = performance.now();
    await getCitySuggestions(deps, actor, slugOf(0), {});
    const suggestCold = performance.now() - t0;
    const suggest = await time(21, (run) => getCitySuggestions(deps, actor, slugOf(run + 1), {}));
    const suggestScan = await time(5, async (run) => {
      const all = (await selectCandidateRows(deps.db)).map(toProfile);
      const me = all.find((c) => c.id === ids[((run + 1) * 97) % pool.length])!;
      return all
        .filter((c) => c.id !== me.id)
        .map((c) => ({ c, m: complementarity(me, c) }))
        .sort((a, b) => b.m.score - a.m.score)
        .slice(0, 10);
    });

    clock.progress(` pairing ${cohortSize} cities through the service, and the plain greedy pass`);
    const cohort = ids.slice(0, cohortSize);
    const pair = await time(3, () =>
      createPairing(deps, actor, {
        source: 'cities',
        key: randomToken(),
        call_title: 'Bench call',
        cities: cohort,
      }),
    );
    const pairScan = await time(3, async () => {
      const chosen = new Set(cohort);
      const rows = (await selectCandidateRows(deps.db)).filter((r) => chosen.has(r.id));
      return greedyPairing(rows.map(toProfile));
    });
    return { dialect: deps.dialect, suggestCold, suggest, suggestScan, pair, pairScan };
  } finally {
    await database.close();
  }
}
