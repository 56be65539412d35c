import { sql, type Kysely } from 'kysely';
import { isPostgres } from './helpers.ts';

// The anonymous calendar (list and month view) and event pages are page-cached under the scope
// 'events', which triggers on every table those pages show bump in the writing transaction, so
// that no writer forgets: events (seats taken included: a registration or cancellation moves
// events.seats_taken), their texts, themes, organisers, people and outcome documents, and the
// names of officials (facilitators and speakers are shown by name). Theme and organisation names
// have scopes of their own, which those pages name too. Built like 'courses' (migration 0009).
// Also: an index in start order that carries status and end, for the pages signed-in officials
// get rendered every time: the calendar list (upcoming or past, paged in start order, which
// events_calendar_idx cannot give for three statuses at once without sorting them all) and the
// month view.

/** What the public calendar and event pages show, besides theme, organisation and people names. */
const EVENT_TABLES = [
  'events',
  'event_translations',
  'event_themes',
  'event_organisers',
  'event_people',
  'event_documents',
];
const BUMP = `INSERT INTO cache_versions (scope, version) VALUES ('events', 1)
  ON CONFLICT (scope) DO UPDATE SET version = cache_versions.version + 1;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await upPostgres(db);
  else await upSqlite(db);
  // A start for the version, so that the first bump is an update like every later one.
  await sql.raw(BUMP).execute(db);
  await db.schema
    .createIndex('events_start_idx')
    .on('events')
    .columns(['starts_at', 'id', 'status', 'ends_at'])
    .execute();
}

async function upSqlite(db: Kysely<unknown>): Promise<void> {
  for (const table of EVENT_TABLES)
    for (const event of ['INSERT', 'UPDATE', 'DELETE'])
      await sql
        .raw(
          `CREATE TRIGGER ${table}_${event.toLowerCase()}_bump_events AFTER ${event} ON ${table}
          BEGIN ${BUMP} END`,
        )
        .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER users_name_bump_events AFTER UPDATE OF name ON users
      WHEN old.name IS NOT new.name BEGIN ${BUMP} END`,
    )
    .execute(db);
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE FUNCTION bump_events_cache() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN ${sql.raw(BUMP)} RETURN NULL; END $$`.execute(db);
  // Per row and deferred to commit, as for 'courses' (migration 0009): a seat-taking UPDATE that
  // changes no row bumps nothing, and the version row is the last lock a transaction takes.
  for (const table of EVENT_TABLES)
    await sql
      .raw(
        `CREATE CONSTRAINT TRIGGER ${table}_bump_events AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_events_cache()`,
      )
      .execute(db);
  await sql`CREATE CONSTRAINT TRIGGER users_name_bump_events AFTER UPDATE OF name ON users
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION bump_events_cache()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('events_start_idx').ifExists().execute();
  if (isPostgres(db)) {
    for (const table of EVENT_TABLES)
      await sql.raw(`DROP TRIGGER IF EXISTS ${table}_bump_events ON ${table}`).execute(db);
    await sql`DROP TRIGGER IF EXISTS users_name_bump_events ON users`.execute(db);
    await sql`DROP FUNCTION IF EXISTS bump_events_cache()`.execute(db);
  } else {
    for (const table of EVENT_TABLES)
      for (const name of ['insert', 'update', 'delete'])
        await sql.raw(`DROP TRIGGER IF EXISTS ${table}_${name}_bump_events`).execute(db);
    await sql`DROP TRIGGER IF EXISTS users_name_bump_events`.execute(db);
  }
}
