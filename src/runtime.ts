import pino from 'pino';
import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemoIfEmpty } from './db/seed/seed.ts';
import type { Deps } from './deps.ts';
import { bootstrapAdminFromEnv } from './features/admin/admin.service.ts';
import { jobHandlers } from './jobs/handlers.ts';
import { startWorker } from './jobs/jobs.ts';

export interface Runtime {
  deps: Deps;
  database: Database;
  serve(): Promise<void>;
  close(): Promise<void>;
}

/** Config, logger and an up-to-date database: what every CLI command and the server start from. */
export async function buildRuntime(env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  const log = pino({ level: config.LOG_LEVEL });
  const database = openDatabase(config.DATABASE_URL);
  const deps: Deps = { db: database.db, dialect: database.dialect, config, log };
  const applied = await migrateToLatest(deps.db);
  if (applied.length) log.info({ applied }, 'migrations applied');

  let stopWorker: (() => Promise<void>) | undefined;
  let closeApp: (() => Promise<void>) | undefined;
  const close = async () => {
    await stopWorker?.();
    await closeApp?.();
    await database.close();
  };

  return {
    deps,
    database,
    close,
    async serve() {
      const seeded = await seedDemoIfEmpty(deps);
      await bootstrapAdminFromEnv(deps);
      const app = await buildApp(deps);
      closeApp = () => app.close();
      if (config.WORKER) stopWorker = startWorker(deps, jobHandlers, log);
      await app.listen({ host: config.HOST, port: config.PORT });
      const lines = [`LPHM is running at ${config.BASE_URL}  (database: ${deps.dialect})`];
      if (seeded) {
        lines.push('Demo sign-in accounts (password for all: ' + seeded.password + '):');
        for (const a of seeded.accounts) lines.push(`  ${a.role.padEnd(15)} ${a.email}`);
      }
      process.stdout.write(lines.join('\n') + '\n');
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          log.info({ signal }, 'shutting down');
          void close().then(() => process.exit(0));
        });
      }
    },
  };
}
