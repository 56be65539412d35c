import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Deps } from '../../src/deps.ts';
import { createTestDatabaseUrl } from './database.ts';
import { startApp, type ServerProcess } from './processes.ts';

// A fresh, migrated database that tests share with real app processes: the tests seed it through
// `deps`, the processes serve it over HTTP (the scale-out tests).

export interface SharedDatabase {
  deps: Deps;
  /** Starts two app processes on the database (stopped by close()); fails if either fails. */
  startTwo(env?: Record<string, string>): Promise<[ServerProcess, ServerProcess]>;
  close(): Promise<void>;
}

export async function openSharedDatabase(): Promise<SharedDatabase> {
  const { url, drop } = await createTestDatabaseUrl();
  const database = openDatabase(url, { poolSize: 2 });
  await migrateToLatest(database.db);
  const processes: ServerProcess[] = [];
  return {
    deps: {
      db: database.db,
      dialect: database.dialect,
      config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, LOG_LEVEL: 'silent' }),
      log: pino({ level: 'silent' }),
    },
    async startTwo(env = {}) {
      const common = { DATABASE_URL: url, NODE_ENV: 'test', SEED_DEMO: 'never', LOG_LEVEL: 'warn' };
      const started = await Promise.allSettled([1, 2].map(() => startApp({ ...common, ...env })));
      for (const s of started) if (s.status === 'fulfilled') processes.push(s.value);
      const failed = started.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
      return [processes.at(-2)!, processes.at(-1)!];
    },
    async close() {
      await Promise.all(processes.map((p) => p.stop()));
      await database.close();
      await drop();
    },
  };
}
