import type { Kysely } from 'kysely';
import { isPostgres, withId } from './helpers.ts';

// Uploaded files, stored once per content (SHA-256) in the database; assignment settings per
// lesson; learners' submissions with their grade.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('files'))
    .addColumn('sha256', 'text', (c) => c.notNull().unique()) // hex; the same bytes are kept once
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull()) // detected from the content, never the name
    .addColumn('bytes', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // One row per assignment lesson; a lesson without one uses the defaults of assignments.policy.ts.
  await db.schema
    .createTable('assignments')
    .addColumn('lesson_id', 'integer', (c) =>
      c.primaryKey().references('lessons.id').onDelete('cascade'),
    )
    .addColumn('accepts_text', 'integer', (c) => c.notNull())
    .addColumn('accepts_file', 'integer', (c) => c.notNull())
    .addColumn('deadline_at', 'text') // instant (UTC); null: no deadline
    .addColumn('max_score', 'integer', (c) => c.notNull())
    .addColumn('pass_mark', 'integer', (c) => c.notNull())
    .addColumn('max_file_bytes', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('assignment_submissions'))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id').onDelete('cascade'))
    .addColumn('lesson_id', 'integer', (c) =>
      c.notNull().references('lessons.id').onDelete('cascade'),
    )
    .addColumn('enrolment_id', 'integer', (c) =>
      c.notNull().references('enrolments.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('file_id', 'integer', (c) => c.references('files.id').onDelete('restrict'))
    .addColumn('file_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull()) // submitted | graded
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('score', 'integer')
    .addColumn('feedback', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('graded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('graded_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One submission per learner and assignment: a resubmission (or a double click) replaces it.
  await db.schema
    .createIndex('assignment_submissions_enrolment_lesson_idx')
    .on('assignment_submissions')
    .columns(['enrolment_id', 'lesson_id'])
    .unique()
    .execute();
  // The grading queue of a run: ungraded first, oldest first.
  await db.schema
    .createIndex('assignment_submissions_queue_idx')
    .on('assignment_submissions')
    .columns(['run_id', 'status', 'submitted_at', 'id'])
    .execute();
  for (const col of ['lesson_id', 'file_id', 'graded_by']) {
    await db.schema
      .createIndex(`assignment_submissions_${col}_idx`)
      .on('assignment_submissions')
      .column(col)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['assignment_submissions', 'assignments', 'files']) {
    await db.schema.dropTable(t).execute();
  }
}
