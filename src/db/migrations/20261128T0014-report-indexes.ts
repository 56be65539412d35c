import type { Kysely } from 'kysely';

// The yearly report counts a year's registrations by event and status, and its unique attendees:
// with the official in the index those counts are read from the index alone.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('registrations_report_idx')
    .on('registrations')
    .columns(['event_id', 'status', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('registrations_report_idx').execute();
}
