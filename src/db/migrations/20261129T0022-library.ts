import { sql, type Kysely } from 'kysely';
import { isPostgres, withId } from './helpers.ts';

// The knowledge library (issue 6): resources with titles and summaries per language, themes,
// publishing organisations, files per language (with the text extracted from them by a job),
// links to where they are used, download counts per month and the record of every change.
//
// Search: one row per resource in resource_search, written by the library's indexer
// (library/search-index.ts) from text it has already folded (lower case, no accents or
// diacritics, each CJK character a word of its own), so that both engines see the same words:
// - SQLite: an FTS5 table without stored content (rowid = resource id), prefix index for 3+
//   letters.
// - PostgreSQL: two tsvectors ('simple' configuration: the text is already folded) with GIN indexes.
// The facets and ordering come from an in-memory list of published resources kept under the cache
// scope 'library', which triggers on the tables searches read bump (as migration 0021 does).

// resource_files too: the text the extraction job writes changes what a search finds.
const FACET_TABLES = [
  'resources',
  'resource_translations',
  'resource_themes',
  'resource_organisations',
  'resource_files',
];
const BUMP = `INSERT INTO cache_versions (scope, version) VALUES ('library', 1)
  ON CONFLICT (scope) DO UPDATE SET version = cache_versions.version + 1;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('resources'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    // toolkit | report | case_study | good_practice | outcome_document | policy_brief |
    // training_material | video | link
    .addColumn('kind', 'text', (c) => c.notNull())
    // The partner whose editors edit it.
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('restrict'),
    )
    .addColumn('status', 'text', (c) => c.notNull()) // draft | in_review | published
    .addColumn('year', 'integer') // of publication; null: unknown
    .addColumn('licence', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('authors', 'text', (c) => c.notNull().defaultTo('')) // one per line
    .addColumn('link_url', 'text', (c) => c.notNull().defaultTo('')) // '' unless an external link
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]')) // JSON: the document's own
    .addColumn('countries', 'text', (c) => c.notNull().defaultTo('[]')) // JSON: ISO 3166-1 alpha-2
    .addColumn('regions', 'text', (c) => c.notNull().defaultTo('[]')) // JSON: world region codes
    .addColumn('review_comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  await db.schema
    .createIndex('resources_organisation_idx')
    .on('resources')
    .columns(['organisation_id', 'status'])
    .execute();
  await db.schema
    .createIndex('resources_status_idx')
    .on('resources')
    .columns(['status', 'published_at'])
    .execute();
  await db.schema
    .createIndex('resources_created_by_idx')
    .on('resources')
    .column('created_by')
    .execute();

  await db.schema
    .createTable('resource_translations')
    .addColumn('resource_id', 'integer', (c) =>
      c.notNull().references('resources.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('resource_translations_pk', ['resource_id', 'language'])
    .execute();

  await db.schema
    .createTable('resource_themes')
    .addColumn('resource_id', 'integer', (c) =>
      c.notNull().references('resources.id').onDelete('cascade'),
    )
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('themes.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('resource_themes_pk', ['resource_id', 'theme_id'])
    .execute();
  await db.schema
    .createIndex('resource_themes_theme_idx')
    .on('resource_themes')
    .columns(['theme_id', 'resource_id'])
    .execute();

  // The publishing organisations, in the order they are credited.
  await db.schema
    .createTable('resource_organisations')
    .addColumn('resource_id', 'integer', (c) =>
      c.notNull().references('resources.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('resource_organisations_pk', ['resource_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('resource_organisations_organisation_idx')
    .on('resource_organisations')
    .columns(['organisation_id', 'resource_id'])
    .execute();

  await withId(db, db.schema.createTable('resource_files'))
    .addColumn('resource_id', 'integer', (c) =>
      c.notNull().references('resources.id').onDelete('cascade'),
    )
    .addColumn('file_id', 'integer', (c) => c.notNull().references('files.id').onDelete('restrict'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull()) // the language of this file's text
    // pending | done | failed | not_applicable (images): set by the extraction job
    .addColumn('extraction_status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('extraction_error', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('extracted_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('extracted_at', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('resource_files_resource_idx')
    .on('resource_files')
    .columns(['resource_id', 'file_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('resource_files_file_idx')
    .on('resource_files')
    .column('file_id')
    .execute();

  // Where a resource is used: one of course, event or practice per row.
  await withId(db, db.schema.createTable('resource_uses'))
    .addColumn('resource_id', 'integer', (c) =>
      c.notNull().references('resources.id').onDelete('cascade'),
    )
    .addColumn('course_id', 'integer', (c) => c.references('courses.id').onDelete('cascade'))
    .addColumn('event_id', 'integer', (c) => c.references('events.id').onDelete('cascade'))
    .addColumn('practice_id', 'integer', (c) => c.references('practices.id').onDelete('cascade'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  for (const col of ['course_id', 'event_id', 'practice_id'])
    await db.schema
      .createIndex(`resource_uses_${col}_idx`)
      .on('resource_uses')
      .columns([col, 'resource_id'])
      .unique() // NULLs are distinct on both engines: one row per (subject, resource)
      .execute();
  await db.schema
    .createIndex('resource_uses_resource_idx')
    .on('resource_uses')
    .column('resource_id')
    .execute();

  // Downloads per resource and calendar month (YYYY-MM, UTC), counted by an upsert.
  await db.schema
    .createTable('resource_downloads')
    .addColumn('resource_id', 'integer', (c) =>
      c.notNull().references('resources.id').onDelete('cascade'),
    )
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('resource_downloads_pk', ['resource_id', 'month'])
    .execute();

  // Who changed what and when: created | edited | submitted | published | sent_back | unpublished |
  // file_added | file_removed | use_added | use_removed; details as JSON (fields, comment, file).
  await withId(db, db.schema.createTable('resource_changes'))
    .addColumn('resource_id', 'integer', (c) =>
      c.notNull().references('resources.id').onDelete('cascade'),
    )
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('resource_changes_resource_idx')
    .on('resource_changes')
    .columns(['resource_id', 'id'])
    .execute();
  await db.schema
    .createIndex('resource_changes_actor_idx')
    .on('resource_changes')
    .column('actor_id')
    .execute();

  if (isPostgres(db)) await searchPostgres(db);
  else await searchSqlite(db);
  await sql.raw(BUMP).execute(db);
}

async function searchSqlite(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE resource_search USING fts5(
    title, body, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0', prefix = '3')`.execute(db);
  for (const table of FACET_TABLES)
    for (const event of ['INSERT', 'UPDATE', 'DELETE'])
      await sql
        .raw(
          `CREATE TRIGGER ${table}_${event.toLowerCase()}_bump_library AFTER ${event}
          ON ${table} BEGIN ${BUMP} END`,
        )
        .execute(db);
  // The index row goes with its resource (FTS5 tables take no foreign keys).
  await sql`CREATE TRIGGER resources_delete_search AFTER DELETE ON resources
    BEGIN DELETE FROM resource_search WHERE rowid = old.id; END`.execute(db);
}

async function searchPostgres(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('resource_search')
    .addColumn('resource_id', 'integer', (c) =>
      c.primaryKey().references('resources.id').onDelete('cascade'),
    )
    .addColumn('title', sql`tsvector`, (c) => c.notNull())
    .addColumn('body', sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX resource_search_title_idx ON resource_search USING gin (title)`.execute(
    db,
  );
  await sql`CREATE INDEX resource_search_body_idx ON resource_search USING gin (body)`.execute(db);
  await sql`CREATE FUNCTION bump_library_cache() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN ${sql.raw(BUMP)} RETURN NULL; END $$`.execute(db);
  for (const table of FACET_TABLES)
    await sql
      .raw(
        `CREATE CONSTRAINT TRIGGER ${table}_bump_library AFTER INSERT OR UPDATE OR DELETE
        ON ${table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        EXECUTE FUNCTION bump_library_cache()`,
      )
      .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    for (const table of FACET_TABLES)
      await sql.raw(`DROP TRIGGER IF EXISTS ${table}_bump_library ON ${table}`).execute(db);
    await sql`DROP FUNCTION IF EXISTS bump_library_cache()`.execute(db);
  }
  await sql`DROP TABLE IF EXISTS resource_search`.execute(db);
  for (const table of [
    'resource_changes',
    'resource_downloads',
    'resource_uses',
    'resource_files',
    'resource_organisations',
    'resource_themes',
    'resource_translations',
    'resources',
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
