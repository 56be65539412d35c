import type { Kysely } from 'kysely';
import { withId } from './helpers.ts';

// Certificates (for runs now, events later) and the platform's signing keys for Open Badges.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('certificates'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // run | event
    // A certificate outlives the enrolment it was issued for: it keeps its own copy of the facts.
    .addColumn('enrolment_id', 'integer', (c) => c.references('enrolments.id').onDelete('set null'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('titles', 'text', (c) => c.notNull()) // JSON: language → title
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('hours', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('issuers', 'text', (c) => c.notNull()) // JSON array of organisation names
    .addColumn('signatory_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('achievement_path', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('revocation_reason', 'text')
    .addColumn('credential', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('certificates_code_idx')
    .on('certificates')
    .column('code')
    .unique()
    .execute();
  // Unique: a completed run gets exactly one certificate, however many calls race to issue it.
  // Both databases let several rows have a null here (event certificates).
  await db.schema
    .createIndex('certificates_enrolment_idx')
    .on('certificates')
    .column('enrolment_id')
    .unique()
    .execute();
  await db.schema
    .createIndex('certificates_user_idx')
    .on('certificates')
    .columns(['user_id', 'issued_at'])
    .execute();
  await db.schema
    .createIndex('certificates_revoked_by_idx')
    .on('certificates')
    .column('revoked_by')
    .execute();

  await withId(db, db.schema.createTable('signing_keys'))
    .addColumn('kid', 'text', (c) => c.notNull().unique())
    .addColumn('algorithm', 'text', (c) => c.notNull())
    .addColumn('public_jwk', 'text', (c) => c.notNull())
    .addColumn('private_jwk', 'text', (c) => c.notNull())
    // 'active' on the key in use, null on retired ones: the unique index lets only one be active,
    // so two processes starting at once create one key between them.
    .addColumn('active_slot', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('signing_keys').execute();
  await db.schema.dropTable('certificates').execute();
}
