import type { Config } from '../config.ts';
import { dialectOf } from '../db/database.ts';
import { demoAccountLines, PRODUCTION_REFUSAL, seedDemo } from '../db/seed/seed.ts';
import { ensureReferenceData } from '../features/curriculum/reference-data.ts';
import { openRuntime, type Runtime } from '../runtime.ts';
import type { Command } from './command.ts';
import { CliError, configFrom, say } from './io.ts';

/** Where the data lives, for messages: the SQLite file, or the PostgreSQL host and database without credentials. */
export function describeDatabase(config: Config): string {
  if (dialectOf(config.DATABASE_URL) === 'sqlite') return `SQLite database ${config.DATABASE_URL}`;
  const url = new URL(config.DATABASE_URL);
  return `PostgreSQL database ${url.host}${url.pathname}`;
}

/** Opens the runtime for one command and always closes it, so the process can exit. */
export async function withRuntime<T>(
  config: Config,
  work: (runtime: Runtime) => Promise<T>,
): Promise<T> {
  const runtime = await openRuntime(config);
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Migrate, load demo data the first time, serve and run the job worker (npm start)',
  help: `Usage: lphm serve

Does what "npm start" does: brings the database schema up to date, loads the demo data into an
empty database (not in production, and not with SEED_DEMO=never), creates the admin named by
ADMIN_EMAIL and ADMIN_PASSWORD if both are set, then serves on HOST:PORT and runs the background
job worker (unless WORKER=false). Stops cleanly on Ctrl-C or SIGTERM.
`,
  options: {},
  async run(_values, io) {
    const runtime = await openRuntime(configFrom(io));
    try {
      await runtime.serve();
    } catch (err) {
      await runtime.close();
      throw err;
    }
    return 0;
  },
};

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Bring the database schema up to date',
  help: `Usage: lphm migrate

Applies the migrations the database does not have yet, then makes sure the six themes and the
2012–2015 curriculum are there. Safe to run while other processes start: the migrator takes a
lock. "lphm serve" and "npm start" do the same.
`,
  options: {},
  async run(_values, io) {
    const config = configFrom(io, { quiet: true });
    const applied = await withRuntime(config, async (runtime) => {
      await ensureReferenceData(runtime.deps);
      return runtime.applied;
    });
    say(
      io,
      applied.length
        ? `Applied ${applied.length} migration(s) to the ${describeDatabase(config)}:\n${applied.map((m) => `  ${m}`).join('\n')}`
        : `The ${describeDatabase(config)} is up to date: no migration to apply.`,
    );
    return 0;
  },
};

export const seedCommand: Command = {
  name: 'seed',
  summary: 'Load the demo data into an empty database (never in production)',
  help: `Usage: lphm seed

Loads the demo data into a database that has none yet: the six themes, the 2012–2015
curriculum, the partner organisations, eleven cities and demo officials (one for each role),
all sharing one published password. Does nothing when the database already has organisations.
Refuses when NODE_ENV=production. Runs whatever SEED_DEMO says (that setting is for start-up).
`,
  options: {},
  async run(_values, io) {
    const config = configFrom(io, { quiet: true });
    if (config.NODE_ENV === 'production')
      throw new CliError(`${PRODUCTION_REFUSAL} Create the first admin with "lphm create-admin".`);
    const seeded = await withRuntime(config, (runtime) => seedDemo(runtime.deps));
    if (!seeded) {
      say(
        io,
        `The ${describeDatabase(config)} already has data (the themes exist): nothing loaded.`,
      );
      return 0;
    }
    say(io, `Demo data loaded into the ${describeDatabase(config)}.`, ...demoAccountLines(seeded));
    return 0;
  },
};
