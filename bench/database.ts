import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countries } from 'countries-list';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { dialectOf, openDatabase, type Dialect } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemoIfEmpty } from '../src/db/seed/seed.ts';
import type { Deps } from '../src/deps.ts';
import { listThemes } from '../src/features/curriculum/curriculum.service.ts';
import { listOrganisationChoices } from '../src/features/organisations/organisations.service.ts';
import { createOrganisation } from '../test/factories/organisations.ts';
import { createThemes } from '../test/factories/themes.ts';

// The database a benchmark runs on: fresh, migrated, with the demo data and 2,000 more
// organisations, so that list pages run their queries against a realistic table.

export interface BenchDatabase {
  url: string;
  dialect: Dialect;
  organisations: number;
  drop(): Promise<void>;
}

const KINDS = [
  'local_authority',
  'regional_authority',
  'international_organisation',
  'un_agency',
  'university',
  'ngo',
  'government',
  'private',
];
const WORDS = ['North', 'Lake', 'River', 'Hill', 'Port', 'Green', 'Old', 'New', 'Upper', 'Bay'];
const PLACES = ['ford', 'ville', 'burg', 'stad', 'polis', 'grad', 'mouth', 'field', 'haven'];

/** A fresh database beside `baseUrl`: a SQLite file in a temporary folder, or a new PostgreSQL database. */
async function freshUrl(baseUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialectOf(baseUrl) === 'postgres') {
    const name = `lphm_bench_${randomBytes(6).toString('hex')}`;
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(statement);
      await client.end();
    };
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'lphm-bench-'));
  return {
    url: join(dir, 'bench.sqlite'),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Creates, migrates and fills a benchmark database; `baseUrl` '' means SQLite. */
export async function prepareDatabase(baseUrl: string, extra = 2000): Promise<BenchDatabase> {
  const { url, drop } = await freshUrl(baseUrl);
  const database = openDatabase(url, { poolSize: 2 });
  let organisations: number;
  try {
    await migrateToLatest(database.db);
    const deps: Deps = {
      db: database.db,
      dialect: database.dialect,
      config: loadConfig({ NODE_ENV: 'development', DATABASE_URL: url, LOG_LEVEL: 'warn' }),
      log: pino({ level: 'warn' }),
    };
    await seedDemoIfEmpty(deps);
    // Until the demo seed exists, the factories stand in for it.
    if ((await listThemes(deps, 'en')).length === 0) await createThemes(deps);

    const codes = Object.keys(countries) as Array<keyof typeof countries>;
    await deps.db.transaction().execute(async (trx) => {
      const tx: Deps = { ...deps, db: trx };
      for (let i = 0; i < extra; i++) {
        const kind = KINDS[i % KINDS.length]!;
        const city = kind === 'local_authority' || kind === 'regional_authority';
        const country = codes[(i * 7) % codes.length]!;
        const place = `${WORDS[i % WORDS.length]}${PLACES[(i >> 3) % PLACES.length]}`;
        await createOrganisation(tx, {
          kind,
          name: city
            ? `${place} ${kind === 'local_authority' ? 'City' : 'Region'} ${i}`
            : `${place} ${kind.replace(/_/g, ' ')} ${i}`,
          country,
          worldRegion: countries[country].continent,
          description: `Benchmark organisation ${i}: ${city ? 'a local or regional authority' : 'a partner body'}.`,
          population: city ? 20_000 + ((i * 7919) % 2_000_000) : null,
          languages: city ? ['en', 'fr'].slice(0, 1 + (i % 2)) : [],
          isPartner: i % 5 === 0,
        });
      }
    });
    organisations = (await listOrganisationChoices(deps)).length;
  } catch (err) {
    await database.close();
    await drop();
    throw err;
  }
  await database.close();
  return { url, dialect: database.dialect, organisations, drop };
}
