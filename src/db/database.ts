import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import { WriteCounter } from './write-counter.ts';
import type { Tables } from './tables.ts';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Tables>;
export type Tx = Transaction<Tables>;

export interface Database {
  db: Db;
  dialect: Dialect;
  /** The SQLite file, for backups; undefined on PostgreSQL. */
  sqliteFile?: string;
  close(): Promise<void>;
}

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** Opens the database named by DATABASE_URL: a SQLite file path, or a postgres:// URL. */
export function openDatabase(url: string, options: { poolSize?: number } = {}): Database {
  if (dialectOf(url) === 'postgres') {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle connection closed by the server (restart, admin command) must not crash the process;
    // the pool replaces it on next use.
    pool.on('error', (err) => console.error(`PostgreSQL idle connection error: ${err.message}`));
    const db = new Kysely<Tables>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new WriteCounter()],
    });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  const file = url.replace(/^sqlite:(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers run beside the writer; synchronous=FULL makes an acknowledged write survive a crash.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Tables>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [new WriteCounter()],
  });
  return { db, dialect: 'sqlite', sqliteFile: file, close: () => db.destroy() };
}

/**
 * Kysely prepares every statement anew; preparing costs more than running a small indexed query
 * (PERFORMANCE.md §5), so statements are kept by their SQL text, up to a bound.
 */
function withStatementCache(sqlite: SQLite.Database, max = 500) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = statements.get(sql);
      if (!stmt) {
        if (statements.size >= max) statements.delete(statements.keys().next().value!);
        statements.set(sql, (stmt = sqlite.prepare(sql)));
      }
      return stmt;
    },
  };
}

/** The current instant in the schema's one time format: ISO-8601 UTC text. */
export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}

/** True when the error is a unique-constraint violation on either database. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** Runs `work` in a transaction, or in the caller's when `db` is one already (demo seeding). */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
