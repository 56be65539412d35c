import type { Kysely } from 'kysely';

// The catalogue lists published courses newest first: an index in that order lets a page stop
// after its twenty courses instead of sorting every published one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('courses_published_idx')
    .on('courses')
    .columns(['status', 'published_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('courses_published_idx').execute();
}
