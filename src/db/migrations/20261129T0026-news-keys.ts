import type { Kysely } from 'kysely';

// The "new news post" form carries a random key: a double submission stores one post (the key is
// unique; posts made otherwise, such as demo data, have none).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('news_posts').addColumn('request_key', 'text').execute();
  await db.schema
    .createIndex('news_posts_request_key_idx')
    .on('news_posts')
    .column('request_key')
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('news_posts_request_key_idx').ifExists().execute();
  await db.schema.alterTable('news_posts').dropColumn('request_key').execute();
}
