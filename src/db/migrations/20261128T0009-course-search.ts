import { sql, type Kysely } from 'kysely';
import { isPostgres } from './helpers.ts';

// Full-text search over course titles and summaries in every language, kept in step with
// course_translations by triggers so that no writer can forget it. Both engines match substrings
// (CJK has no spaces between words), case- and accent-insensitively:
// - SQLite: an FTS5 table with the trigram tokenizer, which folds case in every script and
//   removes Latin diacritics; terms under 3 characters are matched without the index.
// - PostgreSQL: the texts stored folded (lower(unaccent())) with pg_trgm GIN indexes serving
//   LIKE '%term%'. Both extensions ship with PostgreSQL and are trusted (the owner may create them).
// Also: the anonymous catalogue and course pages are page-cached under the scope 'courses', which
// triggers on every table those pages show bump, so that no writer forgets (seats taken included).
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await upPostgres(db);
  else await upSqlite(db);
}

/** What the public catalogue and course pages show (theme and organisation names aside). */
const CATALOGUE_TABLES = [
  'courses',
  'course_translations',
  'course_themes',
  'course_partners',
  'course_modules',
  'course_module_translations',
  'lessons',
  'lesson_translations',
  'runs',
  'run_facilitators',
];
const BUMP = `INSERT INTO cache_versions (scope, version) VALUES ('courses', 1)
  ON CONFLICT (scope) DO UPDATE SET version = cache_versions.version + 1;`;

async function upSqlite(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE course_search USING fts5(
    title, summary, course_id UNINDEXED, language UNINDEXED,
    tokenize = 'trigram remove_diacritics 1')`.execute(db);
  const insert = (row: 'new') =>
    sql.raw(`INSERT INTO course_search (title, summary, course_id, language)
      VALUES (${row}.title, ${row}.summary, ${row}.course_id, ${row}.language);`);
  const remove = sql.raw(`DELETE FROM course_search
      WHERE course_id = old.course_id AND language = old.language;`);
  await sql`CREATE TRIGGER course_search_insert AFTER INSERT ON course_translations
    BEGIN ${insert('new')} END`.execute(db);
  await sql`CREATE TRIGGER course_search_update
    AFTER UPDATE OF title, summary, course_id, language ON course_translations
    BEGIN ${remove} ${insert('new')} END`.execute(db);
  await sql`CREATE TRIGGER course_search_delete AFTER DELETE ON course_translations
    BEGIN ${remove} END`.execute(db);
  await sql`INSERT INTO course_search (title, summary, course_id, language)
    SELECT title, summary, course_id, language FROM course_translations`.execute(db);
  for (const table of CATALOGUE_TABLES)
    for (const event of ['INSERT', 'UPDATE', 'DELETE'])
      await sql
        .raw(
          `CREATE TRIGGER ${table}_${event.toLowerCase()}_bump_courses AFTER ${event} ON ${table}
          BEGIN ${BUMP} END`,
        )
        .execute(db);
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
  await db.schema
    .createTable('course_search')
    .addColumn('course_id', 'integer', (c) =>
      c.notNull().references('courses.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('course_search_pk', ['course_id', 'language'])
    .execute();
  await sql`CREATE INDEX course_search_title_idx ON course_search
    USING gin (title gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX course_search_summary_idx ON course_search
    USING gin (summary gin_trgm_ops)`.execute(db);
  await sql`CREATE FUNCTION course_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        DELETE FROM course_search WHERE course_id = OLD.course_id AND language = OLD.language;
      END IF;
      IF TG_OP <> 'DELETE' THEN
        INSERT INTO course_search (course_id, language, title, summary)
        VALUES (NEW.course_id, NEW.language, lower(unaccent(NEW.title)), lower(unaccent(NEW.summary)));
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER course_search_sync
    AFTER INSERT OR UPDATE OR DELETE ON course_translations
    FOR EACH ROW EXECUTE FUNCTION course_search_sync()`.execute(db);
  await sql`CREATE FUNCTION bump_courses_cache() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN ${sql.raw(BUMP)} RETURN NULL; END $$`.execute(db);
  // Per row, not per statement: a seat-taking UPDATE that changes no row bumps nothing. Deferred
  // to commit, so the version row is always the last lock a transaction takes: two transactions
  // can never each hold it and wait for a row the other holds (no deadlock), and it is held briefly.
  for (const table of CATALOGUE_TABLES)
    await sql
      .raw(
        `CREATE CONSTRAINT TRIGGER ${table}_bump_courses AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_courses_cache()`,
      )
      .execute(db);
  await sql`INSERT INTO course_search (course_id, language, title, summary)
    SELECT course_id, language, lower(unaccent(title)), lower(unaccent(summary))
    FROM course_translations`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`DROP TRIGGER IF EXISTS course_search_sync ON course_translations`.execute(db);
    await sql`DROP FUNCTION IF EXISTS course_search_sync()`.execute(db);
    for (const table of CATALOGUE_TABLES)
      await sql.raw(`DROP TRIGGER IF EXISTS ${table}_bump_courses ON ${table}`).execute(db);
    await sql`DROP FUNCTION IF EXISTS bump_courses_cache()`.execute(db);
  } else {
    for (const name of ['insert', 'update', 'delete']) {
      await sql.raw(`DROP TRIGGER IF EXISTS course_search_${name}`).execute(db);
      for (const table of CATALOGUE_TABLES)
        await sql.raw(`DROP TRIGGER IF EXISTS ${table}_${name}_bump_courses`).execute(db);
    }
  }
  await sql`DROP TABLE IF EXISTS course_search`.execute(db);
}
