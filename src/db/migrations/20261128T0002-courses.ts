import type { Kysely } from 'kysely';
import { withId } from './helpers.ts';

// Courses and their content: translations per language, themes, credited partners, modules, lessons.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('courses'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('restrict'),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('duration_hours', 'integer', (c) => c.notNull())
    .addColumn('review_comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  // Authoring lists a partner's courses by last change; the review queue lists by status, oldest first.
  await db.schema
    .createIndex('courses_organisation_idx')
    .on('courses')
    .columns(['organisation_id', 'updated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('courses_status_idx')
    .on('courses')
    .columns(['status', 'updated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('courses_updated_idx')
    .on('courses')
    .columns(['updated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('courses_created_by_idx')
    .on('courses')
    .column('created_by')
    .execute();

  await db.schema
    .createTable('course_translations')
    .addColumn('course_id', 'integer', (c) =>
      c.notNull().references('courses.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('objectives', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('course_translations_pk', ['course_id', 'language'])
    .execute();

  await db.schema
    .createTable('course_themes')
    .addColumn('course_id', 'integer', (c) =>
      c.notNull().references('courses.id').onDelete('cascade'),
    )
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('themes.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('course_themes_pk', ['course_id', 'theme_id'])
    .execute();
  await db.schema
    .createIndex('course_themes_theme_idx')
    .on('course_themes')
    .columns(['theme_id', 'course_id'])
    .execute();

  await db.schema
    .createTable('course_partners')
    .addColumn('course_id', 'integer', (c) =>
      c.notNull().references('courses.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('course_partners_pk', ['course_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('course_partners_organisation_idx')
    .on('course_partners')
    .columns(['organisation_id', 'course_id'])
    .execute();

  await withId(db, db.schema.createTable('course_modules'))
    .addColumn('course_id', 'integer', (c) =>
      c.notNull().references('courses.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  // Unique: two modules can never share a place, even when two editors add one at once.
  await db.schema
    .createIndex('course_modules_position_idx')
    .on('course_modules')
    .columns(['course_id', 'position'])
    .unique()
    .execute();
  await db.schema
    .createTable('course_module_translations')
    .addColumn('module_id', 'integer', (c) =>
      c.notNull().references('course_modules.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('course_module_translations_pk', ['module_id', 'language'])
    .execute();

  await withId(db, db.schema.createTable('lessons'))
    .addColumn('module_id', 'integer', (c) =>
      c.notNull().references('course_modules.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('video_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_required', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('lessons_position_idx')
    .on('lessons')
    .columns(['module_id', 'position'])
    .unique()
    .execute();
  await db.schema
    .createTable('lesson_translations')
    .addColumn('lesson_id', 'integer', (c) =>
      c.notNull().references('lessons.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('lesson_translations_pk', ['lesson_id', 'language'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'lesson_translations',
    'lessons',
    'course_module_translations',
    'course_modules',
    'course_partners',
    'course_themes',
    'course_translations',
    'courses',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
