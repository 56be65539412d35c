import { existsSync, renameSync, rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';

// File-level operations on a SQLite database for backup and restore, through SQLite's own online
// backup API: it reads a consistent snapshot even while the server writes.

/** The file DATABASE_URL names, read the way openDatabase reads it. */
export function sqliteFileOf(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '');
}

/** A file-name-safe UTC timestamp, e.g. 20261128T170512Z. */
export function fileTimestamp(now: Date = new Date()): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * Copies a database to a new, self-contained file. One step copies every page under one read
 * transaction, so the copy is a consistent snapshot; in WAL mode the server's writes carry on
 * meanwhile (smaller steps would restart each time another connection writes).
 */
export async function copySqlite(source: string, destination: string): Promise<number> {
  const db = new SQLite(source, { readonly: true, fileMustExist: true });
  let pages: number;
  try {
    db.pragma('busy_timeout = 5000');
    ({ totalPages: pages } = await db.backup(destination, { progress: () => 0x7fffffff }));
  } finally {
    db.close();
  }
  // A backup is one file: rollback-journal mode needs no -wal or -shm beside it.
  const copy = new SQLite(destination, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return pages;
}

/** Why `file` is not a sound LPHM database, or undefined when it is one. */
export function lphmDatabaseProblem(file: string): string | undefined {
  if (!existsSync(file)) return `there is no file ${file}.`;
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `${file} fails SQLite's integrity check (${String(integrity)}).`;
    const migrations = db
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'kysely_migration'")
      .get();
    if (!migrations) return `${file} is an SQLite database but not an LPHM one (no migrations).`;
    return undefined;
  } catch (err) {
    return `${file} is not an SQLite database (${(err as Error).message}).`;
  } finally {
    db?.close();
  }
}

/**
 * Replaces the database at `target` with a copy of `backup`. The database being replaced is kept
 * beside it first. Its -wal and -shm files go before the new file takes its name: a stale WAL
 * applied to another database would corrupt it.
 */
export async function replaceSqlite(
  backup: string,
  target: string,
  now: Date = new Date(),
): Promise<{ previous?: string }> {
  const incoming = `${target}.restoring`;
  rmSync(incoming, { force: true });
  await copySqlite(backup, incoming);
  let previous: string | undefined;
  if (existsSync(target)) {
    previous = `${target}.before-restore-${fileTimestamp(now)}`;
    await copySqlite(target, previous);
  }
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(target + suffix, { force: true });
  renameSync(incoming, target);
  return { previous };
}
