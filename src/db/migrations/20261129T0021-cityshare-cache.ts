import { sql, type Kysely } from 'kysely';
import { isPostgres } from './helpers.ts';

// Partner suggestions read every city's current assessment; the list is kept in memory per
// process (cityshare/candidates.service.ts) under the cache scope 'cityshare', which triggers on
// assessments and organisations bump in the writing transaction (on PostgreSQL at commit), as
// migration 0016 does for 'events', so that no writer can forget.
// Also: pairings get the random key of the form that created them, unique, so that a double
// submission of "new pairing" makes one pairing.

const TABLES = ['assessments', 'organisations'];
const BUMP = `INSERT INTO cache_versions (scope, version) VALUES ('cityshare', 1)
  ON CONFLICT (scope) DO UPDATE SET version = cache_versions.version + 1;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`CREATE FUNCTION bump_cityshare_cache() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${sql.raw(BUMP)} RETURN NULL; END $$`.execute(db);
    for (const table of TABLES)
      await sql
        .raw(
          `CREATE CONSTRAINT TRIGGER ${table}_bump_cityshare AFTER INSERT OR UPDATE OR DELETE
          ON ${table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
          EXECUTE FUNCTION bump_cityshare_cache()`,
        )
        .execute(db);
  } else {
    for (const table of TABLES)
      for (const event of ['INSERT', 'UPDATE', 'DELETE'])
        await sql
          .raw(
            `CREATE TRIGGER ${table}_${event.toLowerCase()}_bump_cityshare AFTER ${event}
            ON ${table} BEGIN ${BUMP} END`,
          )
          .execute(db);
  }
  await sql.raw(BUMP).execute(db);
  await db.schema.alterTable('pairings').addColumn('request_key', 'text').execute();
  await db.schema
    .createIndex('pairings_request_key_idx')
    .on('pairings')
    .column('request_key')
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('pairings_request_key_idx').ifExists().execute();
  await db.schema.alterTable('pairings').dropColumn('request_key').execute();
  if (isPostgres(db)) {
    for (const table of TABLES)
      await sql.raw(`DROP TRIGGER IF EXISTS ${table}_bump_cityshare ON ${table}`).execute(db);
    await sql`DROP FUNCTION IF EXISTS bump_cityshare_cache()`.execute(db);
  } else {
    for (const table of TABLES)
      for (const name of ['insert', 'update', 'delete'])
        await sql.raw(`DROP TRIGGER IF EXISTS ${table}_${name}_bump_cityshare`).execute(db);
  }
}
