import pino from 'pino';
import { buildApp } from './app.ts';
import { loadConfig, type Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { demoAccountLines, seedDemoIfEmpty } from './db/seed/seed.ts';
import type { Deps } from './deps.ts';
import { bootstrapAdminFromEnv } from './features/admin/admin.service.ts';
import { ensureSigningKey } from './features/certificates/signing-keys.service.ts';
import { ensureReferenceData } from './features/curriculum/reference-data.ts';
import { ensureCheckInSweep } from './features/twinning/check-in-reminders.ts';
import { ensureDigest } from './features/notifications/digest.ts';
import { jobHandlers } from './jobs/handlers.ts';
import { startWorker } from './jobs/jobs.ts';

export interface Runtime {
  deps: Deps;
  database: Database;
  /** The migrations this start applied, oldest first. */
  applied: string[];
  serve(): Promise<void>;
  close(): Promise<void>;
}

/** `npm start`'s runtime: reads the environment, or exits with a readable message when it is wrong. */
export async function buildRuntime(env: NodeJS.ProcessEnv = process.env): Promise<Runtime> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  return openRuntime(config);
}

/** Logger and an up-to-date database: what every CLI command and the server start from. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const log = pino({ level: config.LOG_LEVEL });
  const database = openDatabase(config.DATABASE_URL);
  const deps: Deps = { db: database.db, dialect: database.dialect, config, log };
  let applied: string[];
  try {
    applied = await migrateToLatest(deps.db);
  } catch (err) {
    await database.close();
    throw err;
  }
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
    applied,
    close,
    async serve() {
      await ensureReferenceData(deps);
      await ensureSigningKey(deps);
      const seeded = await seedDemoIfEmpty(deps);
      await bootstrapAdminFromEnv(deps);
      const app = await buildApp(deps);
      closeApp = () => app.close();
      if (config.WORKER) {
        // The daily check-in reminders queue their next run themselves; this starts the chain.
        await ensureCheckInSweep(deps);
        await ensureDigest(deps);
        stopWorker = startWorker(deps, jobHandlers, log);
      }
      await app.listen({ host: config.HOST, port: config.PORT });
      const lines = [`LPHM is running at ${config.BASE_URL}  (database: ${deps.dialect})`];
      if (seeded) lines.push(...demoAccountLines(seeded));
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
