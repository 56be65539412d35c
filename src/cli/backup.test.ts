import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { fakeIo } from './fake-io.ts';
import { runCli } from './run.ts';

// Backup and restore work on SQLite files, whatever database the rest of the suite runs on.

function markers(file: string): string[] {
  const db = new SQLite(file, { readonly: true });
  try {
    return db
      .prepare("select action from audit_events where subject_type = 'test' order by id")
      .pluck()
      .all() as string[];
  } finally {
    db.close();
  }
}

function addMarker(db: SQLite.Database, action: string): void {
  db.prepare(
    "insert into audit_events (action, subject_type, details, created_at) values (?, 'test', '{}', ?)",
  ).run(action, new Date().toISOString());
}

describe('lphm backup and restore on SQLite', () => {
  let dir: string;
  let database: string;
  const env = () => ({ DATABASE_URL: database });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lphm-backup-'));
    database = join(dir, 'lphm.sqlite');
    const io = fakeIo(env());
    assert.equal(await runCli(['migrate'], io), 0, io.err());
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('backup writes a consistent, self-contained copy while another connection writes', async () => {
    // The writer adds rows two at a time in one transaction: a torn copy would hold an odd number.
    const writer = new SQLite(database);
    writer.pragma('journal_mode = WAL');
    const pair = writer.transaction((n: number) => {
      addMarker(writer, `pair ${n} a`);
      addMarker(writer, `pair ${n} b`);
    });
    let running = true;
    let n = 0;
    const writing = (async () => {
      while (running) {
        pair(n++);
        await new Promise((r) => setImmediate(r));
      }
    })();
    await new Promise((r) => setTimeout(r, 20));
    const to = join(dir, 'during-writes.sqlite');
    const io = fakeIo(env());
    const pairsBefore = n;
    const code = await runCli(['backup', '--to', to], io);
    const pairsDuring = n - pairsBefore;
    running = false;
    await writing;
    writer.close();

    assert.equal(code, 0, io.err());
    assert.match(io.out(), /written to .*during-writes\.sqlite/);
    const copied = markers(to).length;
    assert.ok(copied > 0 && copied % 2 === 0, `copied ${copied} rows`);
    assert.ok(pairsDuring > 0, 'the writer wrote while the backup ran');
    assert.ok(copied >= pairsBefore * 2 && copied <= n * 2);
    const copy = new SQLite(to, { readonly: true });
    assert.equal(copy.pragma('integrity_check', { simple: true }), 'ok');
    assert.equal(copy.pragma('journal_mode', { simple: true }), 'delete');
    copy.close();
    assert.ok(!existsSync(`${to}-wal`));
  });

  it('backup never overwrites an existing file', async () => {
    const to = join(dir, 'taken.sqlite');
    writeFileSync(to, 'keep me');
    const io = fakeIo(env());
    assert.equal(await runCli(['backup', '--to', to], io), 1);
    assert.match(io.err(), /already exists/);
  });

  it('restore refuses a file that is not an LPHM database and leaves the database alone', async () => {
    const before = markers(database);
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, randomBytes(8192));
    const foreign = join(dir, 'foreign.sqlite');
    const other = new SQLite(foreign);
    other.exec('create table notes (body text)');
    other.close();
    const cases: Array<[string, RegExp]> = [
      [junk, /not an SQLite database/],
      [foreign, /not an LPHM one/],
      [join(dir, 'missing.sqlite'), /there is no file/],
    ];
    for (const [from, message] of cases) {
      const io = fakeIo(env());
      assert.equal(await runCli(['restore', '--from', from, '--yes'], io), 1, from);
      assert.match(io.err(), message);
    }
    assert.deepEqual(markers(database), before);
  });

  it('restore brings a backup back, after --yes, and keeps the database it replaced', async () => {
    const live = new SQLite(database);
    addMarker(live, 'in the backup');
    live.close();
    const backup = join(dir, 'restore-me.sqlite');
    assert.equal(await runCli(['backup', '--to', backup], fakeIo(env())), 0);
    const later = new SQLite(database);
    addMarker(later, 'after the backup');
    later.close();

    const unconfirmed = fakeIo(env());
    assert.equal(await runCli(['restore', '--from', backup], unconfirmed), 1);
    assert.match(unconfirmed.err(), /Stop the server[\s\S]*--yes/);
    assert.ok(markers(database).includes('after the backup'));

    const io = fakeIo(env());
    assert.equal(await runCli(['restore', '--from', backup, '--yes'], io), 0, io.err());
    const restored = markers(database);
    assert.ok(restored.includes('in the backup'));
    assert.ok(!restored.includes('after the backup'));
    const previous = /kept as (\S+)\./.exec(io.out())?.[1];
    assert.ok(previous && markers(previous).includes('after the backup'));
    // The app opens the restored file and finds its schema up to date.
    const migrate = fakeIo(env());
    assert.equal(await runCli(['migrate'], migrate), 0, migrate.err());
    assert.match(migrate.out(), /up to date/);
  });
});

describe('lphm backup and restore on PostgreSQL', () => {
  it('print how to use pg_dump and pg_restore, hide the password and do nothing else', async () => {
    const env = { DATABASE_URL: 'postgres://lphm:s3cret@db.internal:5432/lphm' };
    for (const [argv, tool] of [
      [['backup'], /pg_dump --format=custom/],
      [['restore', '--from', 'x.dump'], /pg_restore --clean/],
    ] as const) {
      const io = fakeIo(env);
      assert.equal(await runCli([...argv], io), 0);
      assert.match(io.out(), tool);
      assert.match(io.out(), /lphm:\*\*\*@db\.internal/);
      assert.doesNotMatch(io.out(), /s3cret/);
    }
  });
});
