import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { dialectOf, openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Deps } from '../../src/deps.ts';

// Each test file gets a database of its own: a fresh SQLite file, or a fresh PostgreSQL database
// on the server named by DATABASE_URL (CI sets it to a throw-away PostgreSQL).

export interface TestDatabase {
  url: string;
  deps: Deps;
  close(): Promise<void>;
}

export function testDialect() {
  return dialectOf(process.env.DATABASE_URL ?? '');
}

/** Creates an empty, migrated database and returns its URL and a cleanup function. */
export async function createTestDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lphm_t_${randomBytes(6).toString('hex')}`;
  const base = process.env.DATABASE_URL ?? '';
  if (dialectOf(base) === 'postgres') {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      async drop() {
        const c = new pg.Client({ connectionString: base });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const file = join(tmpdir(), `${name}.sqlite`);
  return {
    url: file,
    async drop() {
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    },
  };
}

/** Deps on a fresh database, as the app would build them, with logging silenced. */
export async function createTestDatabase(env: Record<string, string> = {}): Promise<TestDatabase> {
  const { url, drop } = await createTestDatabaseUrl();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    BASE_URL: 'http://localhost:3000',
    ...env,
  });
  const database = openDatabase(url, { poolSize: 5 });
  await migrateToLatest(database.db);
  const deps: Deps = {
    db: database.db,
    dialect: database.dialect,
    config,
    log: pino({ level: 'silent' }),
  };
  return {
    url,
    deps,
    async close() {
      await database.close();
      await drop();
    },
  };
}
