import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { dialectOf } from '../db/database.ts';
import type { Command } from './command.ts';
import { CliError, configFrom, EXIT_USAGE, say, type CliIo } from './io.ts';
import {
  copySqlite,
  fileTimestamp,
  lphmDatabaseProblem,
  replaceSqlite,
  sqliteFileOf,
} from './sqlite-files.ts';

// lphm backup / restore. SQLite: done here, with SQLite's online backup. PostgreSQL: its own
// tools do it better (consistent, compressed, parallel), so the commands say how to use them.

function withoutPassword(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

function postgresInstructions(url: string): string {
  return `The database is PostgreSQL (${withoutPassword(url)}): use PostgreSQL's own tools,
with the same DATABASE_URL the platform uses.

Back up (a consistent snapshot, taken while the platform keeps running):
  pg_dump --format=custom --file=lphm-$(date -u +%Y%m%dT%H%M%SZ).dump "$DATABASE_URL"

Restore (stop every app process first; this replaces the tables in the database):
  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" lphm-<timestamp>.dump

Then start the app processes again.`;
}

export const backupCommand: Command = {
  name: 'backup',
  summary: 'Copy the SQLite database while the server keeps serving',
  help: `Usage: lphm backup [--to FILE]

SQLite: writes a consistent copy of the database to FILE (by default
./data/backups/lphm-<timestamp>.sqlite) with SQLite's online backup; the server keeps serving
meanwhile. The copy is one self-contained file. An existing FILE is never overwritten.
PostgreSQL: prints how to back up with pg_dump, and does nothing.

Options:
  --to FILE     where to write the copy
  -h, --help    show this help
`,
  options: { to: { type: 'string' } },
  async run(values, io) {
    const config = configFrom(io, { quiet: true });
    if (dialectOf(config.DATABASE_URL) === 'postgres') {
      say(io, postgresInstructions(config.DATABASE_URL));
      return 0;
    }
    const source = sqliteFileOf(config.DATABASE_URL);
    if (!existsSync(source)) throw new CliError(`there is no database at ${source} to back up.`);
    const destination =
      typeof values.to === 'string'
        ? values.to
        : join('data', 'backups', `lphm-${fileTimestamp()}.sqlite`);
    if (existsSync(destination))
      throw new CliError(`${destination} already exists: choose another file with --to.`);
    mkdirSync(dirname(resolve(destination)), { recursive: true });
    const pages = await copySqlite(source, destination);
    const kib = Math.ceil(statSync(destination).size / 1024);
    say(
      io,
      `Backup of ${source} written to ${destination} (${pages} pages, ${kib} KiB).`,
      `Restore it with: lphm restore --from ${destination}`,
    );
    return 0;
  },
};

async function restoreSqlite(io: CliIo, url: string, from: string, confirmed: boolean) {
  const target = sqliteFileOf(url);
  if (resolve(from) === resolve(target))
    throw new CliError(`${from} is the database itself: give a backup file.`, EXIT_USAGE);
  const problem = lphmDatabaseProblem(from);
  if (problem) throw new CliError(`refusing to restore: ${problem}`);
  if (!confirmed)
    throw new CliError(
      `this replaces ${target} with ${from}.\n` +
        'Stop the server (every process using this database) first, then run the same command with --yes.',
    );
  const { previous } = await replaceSqlite(from, target);
  say(
    io,
    `Restored ${from} into ${target}.`,
    ...(previous ? [`The database it replaced was kept as ${previous}.`] : []),
    'Start the server again; it applies any newer migrations at start.',
  );
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Replace the SQLite database with a backup (stop the server first)',
  help: `Usage: lphm restore --from FILE --yes

SQLite: checks that FILE is a sound LPHM database (SQLite's integrity check, and the platform's
migration table), then replaces the database with it. Stop the server first: a process still
using the old file would go on writing to it. The replaced database is kept beside it as
<database>.before-restore-<timestamp>. Without --yes, only checks FILE and says what it would do.
PostgreSQL: prints how to restore with pg_restore, and does nothing.

Options:
  --from FILE   the backup to restore (made by "lphm backup")
  --yes         go ahead: the server is stopped
  -h, --help    show this help
`,
  options: { from: { type: 'string' }, yes: { type: 'boolean' } },
  async run(values, io) {
    const config = configFrom(io, { quiet: true });
    if (dialectOf(config.DATABASE_URL) === 'postgres') {
      say(io, postgresInstructions(config.DATABASE_URL));
      return 0;
    }
    if (typeof values.from !== 'string')
      throw new CliError('--from FILE is required: the backup to restore.', EXIT_USAGE);
    await restoreSqlite(io, config.DATABASE_URL, values.from, values.yes === true);
    return 0;
  },
};
