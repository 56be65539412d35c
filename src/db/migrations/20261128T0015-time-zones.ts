import type { Kysely } from 'kysely';

// An official may name the time zone they read times in (an IANA name); null: not chosen, and
// pages show times as they did before (the event's own zone and UTC).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('time_zone', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('time_zone').execute();
}
