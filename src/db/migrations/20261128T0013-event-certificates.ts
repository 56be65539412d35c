import type { Kysely } from 'kysely';

// Participation certificates of events: the registration they were issued for, unique so that an
// attendee marked twice (or by two organisers at once) gets exactly one certificate.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('certificates')
    .addColumn('registration_id', 'integer', (c) =>
      c.references('registrations.id').onDelete('set null'),
    )
    .execute();
  await db.schema
    .createIndex('certificates_registration_idx')
    .on('certificates')
    .column('registration_id')
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('certificates_registration_idx').execute();
  await db.schema.alterTable('certificates').dropColumn('registration_id').execute();
}
