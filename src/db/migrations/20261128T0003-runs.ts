import type { Kysely } from 'kysely';
import { withId } from './helpers.ts';

// Runs of a course, the officials enrolled in them (with the waiting list) and lesson progress.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('runs'))
    .addColumn('course_id', 'integer', (c) =>
      c.notNull().references('courses.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    // Calendar dates (YYYY-MM-DD); both null for the always-open run of a self-paced course.
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('enrolment_mode', 'text', (c) => c.notNull()) // open | application
    .addColumn('enrolment_closes_at', 'text') // instant; null: open until the run ends
    .addColumn('seats', 'integer') // null: no limit
    // Kept in step with enrolled rows by one conditional UPDATE, so the limit holds under concurrency.
    .addColumn('seats_taken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_always_open', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull()) // scheduled | cancelled
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('runs_course_idx')
    .on('runs')
    .columns(['course_id', 'starts_on', 'id'])
    .execute();
  await db.schema.createIndex('runs_created_by_idx').on('runs').column('created_by').execute();

  await db.schema
    .createTable('run_facilitators')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('run_facilitators_pk', ['run_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('run_facilitators_user_idx')
    .on('run_facilitators')
    .columns(['user_id', 'run_id'])
    .execute();

  await withId(db, db.schema.createTable('enrolments'))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // applied | enrolled | waitlisted | withdrawn | declined | completed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('motivation', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('applicant_organisation_id', 'integer', (c) =>
      c.references('organisations.id').onDelete('set null'),
    )
    .addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'text')
    .addColumn('waitlisted_at', 'text') // first in line = oldest waitlisted_at, then lowest id
    .addColumn('enrolled_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('last_lesson_id', 'integer', (c) => c.references('lessons.id').onDelete('set null'))
    .addColumn('last_activity_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One enrolment per official and run: a double submission can never make two.
  await db.schema
    .createIndex('enrolments_run_user_idx')
    .on('enrolments')
    .columns(['run_id', 'user_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('enrolments_run_status_idx')
    .on('enrolments')
    .columns(['run_id', 'status', 'waitlisted_at', 'id'])
    .execute();
  await db.schema
    .createIndex('enrolments_user_idx')
    .on('enrolments')
    .columns(['user_id', 'updated_at'])
    .execute();
  for (const col of ['applicant_organisation_id', 'decided_by', 'last_lesson_id']) {
    await db.schema.createIndex(`enrolments_${col}_idx`).on('enrolments').column(col).execute();
  }

  await db.schema
    .createTable('lesson_progress')
    .addColumn('enrolment_id', 'integer', (c) =>
      c.notNull().references('enrolments.id').onDelete('cascade'),
    )
    .addColumn('lesson_id', 'integer', (c) =>
      c.notNull().references('lessons.id').onDelete('cascade'),
    )
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lesson_progress_pk', ['enrolment_id', 'lesson_id'])
    .execute();
  await db.schema
    .createIndex('lesson_progress_lesson_idx')
    .on('lesson_progress')
    .column('lesson_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['lesson_progress', 'enrolments', 'run_facilitators', 'runs']) {
    await db.schema.dropTable(t).execute();
  }
}
