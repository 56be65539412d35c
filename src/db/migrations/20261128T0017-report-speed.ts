import { sql, type Kysely } from 'kysely';
import { isPostgres } from './helpers.ts';

// The yearly report of learning events:
// - reads its figures from indexes alone: officials by organisation, gender and country (the
//   unique attendees of a year are grouped while the index is read in order, instead of being
//   sorted into groups), evaluations with their scores, course runs by start;
// - is kept computed per year while its data's version has not moved. It shows what the 'events'
//   scope covers (migration 0016: events, their texts, themes, organisers), plus registrations,
//   evaluations of events and the officials' country, gender and organisation, which bump the
//   same 'events' version here. One version row for all: PostgreSQL's deferred bumps then take
//   one lock per transaction, never two in an order another transaction could reverse.

const BUMP = `INSERT INTO cache_versions (scope, version) VALUES ('events', 1)
  ON CONFLICT (scope) DO UPDATE SET version = cache_versions.version + 1;`;

/** Trigger name → [event, table, condition] (the condition in SQL shared by both engines). */
const TRIGGERS: Record<string, [string, string, string | null]> = {
  registrations_insert_report_bump: ['INSERT', 'registrations', null],
  registrations_update_report_bump: [
    'UPDATE OF status, event_id, user_id',
    'registrations',
    'old.status IS DISTINCT FROM new.status OR old.event_id IS DISTINCT FROM new.event_id' +
      ' OR old.user_id IS DISTINCT FROM new.user_id',
  ],
  registrations_delete_report_bump: ['DELETE', 'registrations', null],
  evaluations_insert_report_bump: ['INSERT', 'evaluations', 'new.event_id IS NOT NULL'],
  evaluations_update_report_bump: [
    'UPDATE',
    'evaluations',
    'old.event_id IS NOT NULL OR new.event_id IS NOT NULL',
  ],
  evaluations_delete_report_bump: ['DELETE', 'evaluations', 'old.event_id IS NOT NULL'],
  users_report_bump: [
    'UPDATE OF country, gender, organisation_id',
    'users',
    'old.country IS DISTINCT FROM new.country OR old.gender IS DISTINCT FROM new.gender' +
      ' OR old.organisation_id IS DISTINCT FROM new.organisation_id',
  ],
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('users_report_idx')
    .on('users')
    .columns(['organisation_id', 'gender', 'country', 'id'])
    .execute();
  await db.schema
    .createIndex('evaluations_report_idx')
    .on('evaluations')
    .columns(['event_id', 'satisfaction', 'usefulness', 'relevance'])
    .execute();
  await db.schema
    .createIndex('runs_report_idx')
    .on('runs')
    .columns(['starts_on', 'status', 'id'])
    .execute();
  if (isPostgres(db)) {
    await sql`CREATE FUNCTION report_bump_events() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${sql.raw(BUMP)} RETURN NULL; END $$`.execute(db);
    // Per row and deferred to commit, as in migrations 0009 and 0016.
    for (const [name, [event, table, when]] of Object.entries(TRIGGERS))
      await sql
        .raw(
          `CREATE CONSTRAINT TRIGGER ${name} AFTER ${event} ON ${table}
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW ${when ? `WHEN (${when})` : ''}
          EXECUTE FUNCTION report_bump_events()`,
        )
        .execute(db);
  } else {
    for (const [name, [event, table, when]] of Object.entries(TRIGGERS))
      await sql
        .raw(
          `CREATE TRIGGER ${name} AFTER ${event} ON ${table}
          ${when ? `WHEN ${when}` : ''} BEGIN ${BUMP} END`,
        )
        .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name, [, table]] of Object.entries(TRIGGERS))
    await sql
      .raw(`DROP TRIGGER IF EXISTS ${name}${isPostgres(db) ? ` ON ${table}` : ''}`)
      .execute(db);
  if (isPostgres(db)) await sql`DROP FUNCTION IF EXISTS report_bump_events()`.execute(db);
  for (const index of ['runs_report_idx', 'evaluations_report_idx', 'users_report_idx'])
    await db.schema.dropIndex(index).execute();
}
