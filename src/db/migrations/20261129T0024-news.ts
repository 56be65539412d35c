import { sql, type Kysely } from 'kysely';
import { isPostgres, withId } from './helpers.ts';

// News posts (issue 6), written by coordinators, with a translation per language. The home page,
// the news list and the feeds are page-cached under the scope 'news', which triggers on both
// tables bump (as migration 0021 does for 'cityshare').

const TABLES = ['news_posts', 'news_translations'];
const BUMP = `INSERT INTO cache_versions (scope, version) VALUES ('news', 1)
  ON CONFLICT (scope) DO UPDATE SET version = cache_versions.version + 1;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('news_posts'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull()) // draft | published
    .addColumn('original_language', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text') // the date it bears (a draft keeps the one chosen)
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('news_posts_status_idx')
    .on('news_posts')
    .columns(['status', 'published_at', 'id'])
    .execute();
  await db.schema
    .createIndex('news_posts_created_by_idx')
    .on('news_posts')
    .column('created_by')
    .execute();

  await db.schema
    .createTable('news_translations')
    .addColumn('post_id', 'integer', (c) =>
      c.notNull().references('news_posts.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo('')) // Markdown
    .addPrimaryKeyConstraint('news_translations_pk', ['post_id', 'language'])
    .execute();

  if (isPostgres(db)) {
    await sql`CREATE FUNCTION bump_news_cache() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${sql.raw(BUMP)} RETURN NULL; END $$`.execute(db);
    for (const table of TABLES)
      await sql
        .raw(
          `CREATE CONSTRAINT TRIGGER ${table}_bump_news AFTER INSERT OR UPDATE OR DELETE
          ON ${table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_news_cache()`,
        )
        .execute(db);
  } else {
    for (const table of TABLES)
      for (const event of ['INSERT', 'UPDATE', 'DELETE'])
        await sql
          .raw(
            `CREATE TRIGGER ${table}_${event.toLowerCase()}_bump_news AFTER ${event}
            ON ${table} BEGIN ${BUMP} END`,
          )
          .execute(db);
  }
  await sql.raw(BUMP).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    for (const table of TABLES)
      await sql.raw(`DROP TRIGGER IF EXISTS ${table}_bump_news ON ${table}`).execute(db);
    await sql`DROP FUNCTION IF EXISTS bump_news_cache()`.execute(db);
  }
  await db.schema.dropTable('news_translations').ifExists().execute();
  await db.schema.dropTable('news_posts').ifExists().execute();
}
