import type { Kysely } from 'kysely';

// The "new resource" form carries a random key: a double submission stores one resource (the key
// is unique; resources made otherwise, such as demo data, have none).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('resources').addColumn('request_key', 'text').execute();
  await db.schema
    .createIndex('resources_request_key_idx')
    .on('resources')
    .column('request_key')
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('resources_request_key_idx').ifExists().execute();
  await db.schema.alterTable('resources').dropColumn('request_key').execute();
}
