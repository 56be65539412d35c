import type { Kysely } from 'kysely';
import { withId } from './helpers.ts';

// Learning events: their texts, themes, organisers and people, registrations with the organiser's
// questions, personal calendar feeds, outcome documents, and evaluations of events and runs.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('events'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    // workshop | webinar | study_visit | conference | expert_meeting | live_session
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // draft | published | cancelled | held
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('restrict'),
    )
    // Instants in UTC; the event's own IANA time zone is kept to show and export them as planned.
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('venue_city_id', 'integer', (c) =>
      c.references('organisations.id').onDelete('set null'),
    )
    .addColumn('venue_address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('online_url', 'text', (c) => c.notNull().defaultTo('')) // shown to registered only
    .addColumn('capacity', 'integer') // null: no limit
    // Kept in step with registered rows by one conditional UPDATE, so the limit holds.
    .addColumn('seats_taken', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('registration_opens_at', 'text')
    .addColumn('registration_closes_at', 'text') // null: until the event starts
    .addColumn('requires_approval', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('run_id', 'integer', (c) => c.references('runs.id').onDelete('set null'))
    .addColumn('curriculum_id', 'integer', (c) => c.references('curricula.id').onDelete('set null'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  // The calendar lists by status and start; the other keys are followed from their pages.
  await db.schema
    .createIndex('events_calendar_idx')
    .on('events')
    .columns(['status', 'starts_at', 'id'])
    .execute();
  for (const col of ['organisation_id', 'venue_city_id', 'run_id', 'curriculum_id', 'created_by'])
    await db.schema.createIndex(`events_${col}_idx`).on('events').column(col).execute();

  await db.schema
    .createTable('event_translations')
    .addColumn('event_id', 'integer', (c) =>
      c.notNull().references('events.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo('')) // Markdown
    .addPrimaryKeyConstraint('event_translations_pk', ['event_id', 'language'])
    .execute();

  await db.schema
    .createTable('event_themes')
    .addColumn('event_id', 'integer', (c) =>
      c.notNull().references('events.id').onDelete('cascade'),
    )
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('themes.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('event_themes_pk', ['event_id', 'theme_id'])
    .execute();
  await db.schema
    .createIndex('event_themes_theme_idx')
    .on('event_themes')
    .columns(['theme_id', 'event_id'])
    .execute();

  // Organising partners besides the owner (the owner is listed here too).
  await db.schema
    .createTable('event_organisers')
    .addColumn('event_id', 'integer', (c) =>
      c.notNull().references('events.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('event_organisers_pk', ['event_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('event_organisers_organisation_idx')
    .on('event_organisers')
    .columns(['organisation_id', 'event_id'])
    .execute();

  await db.schema
    .createTable('event_people')
    .addColumn('event_id', 'integer', (c) =>
      c.notNull().references('events.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull()) // facilitator | speaker
    .addPrimaryKeyConstraint('event_people_pk', ['event_id', 'user_id', 'role'])
    .execute();
  await db.schema
    .createIndex('event_people_user_idx')
    .on('event_people')
    .columns(['user_id', 'event_id'])
    .execute();

  await withId(db, db.schema.createTable('event_questions'))
    .addColumn('event_id', 'integer', (c) =>
      c.notNull().references('events.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('is_required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('event_questions_position_idx')
    .on('event_questions')
    .columns(['event_id', 'position'])
    .unique()
    .execute();

  await withId(db, db.schema.createTable('registrations'))
    .addColumn('event_id', 'integer', (c) =>
      c.notNull().references('events.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // pending | registered | waitlisted | cancelled | declined | attended | no_show
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('waitlisted_at', 'text') // first in line = oldest, then lowest id
    .addColumn('registered_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'text')
    .addColumn('attendance_marked_by', 'integer', (c) =>
      c.references('users.id').onDelete('set null'),
    )
    .addColumn('attendance_marked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One registration per official and event: a double submission can never make two.
  await db.schema
    .createIndex('registrations_event_user_idx')
    .on('registrations')
    .columns(['event_id', 'user_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('registrations_event_status_idx')
    .on('registrations')
    .columns(['event_id', 'status', 'waitlisted_at', 'id'])
    .execute();
  await db.schema
    .createIndex('registrations_user_idx')
    .on('registrations')
    .columns(['user_id', 'updated_at'])
    .execute();
  for (const col of ['decided_by', 'attendance_marked_by'])
    await db.schema
      .createIndex(`registrations_${col}_idx`)
      .on('registrations')
      .column(col)
      .execute();

  await db.schema
    .createTable('registration_answers')
    .addColumn('registration_id', 'integer', (c) =>
      c.notNull().references('registrations.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'integer', (c) =>
      c.notNull().references('event_questions.id').onDelete('cascade'),
    )
    .addColumn('answer', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('registration_answers_pk', ['registration_id', 'question_id'])
    .execute();
  await db.schema
    .createIndex('registration_answers_question_idx')
    .on('registration_answers')
    .column('question_id')
    .execute();

  // A personal calendar feed: its secret address is stored hashed and can be reset.
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'integer', (c) =>
      c.primaryKey().references('users.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Outcome documents of expert meetings (and any event's documents), one file per language.
  await withId(db, db.schema.createTable('event_documents'))
    .addColumn('event_id', 'integer', (c) =>
      c.notNull().references('events.id').onDelete('cascade'),
    )
    .addColumn('file_id', 'integer', (c) => c.notNull().references('files.id').onDelete('restrict'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  for (const col of ['event_id', 'file_id'])
    await db.schema
      .createIndex(`event_documents_${col}_idx`)
      .on('event_documents')
      .column(col)
      .execute();

  // Evaluations of an event or of a course run: one response per participant and subject.
  await withId(db, db.schema.createTable('evaluations'))
    .addColumn('event_id', 'integer', (c) => c.references('events.id').onDelete('cascade'))
    .addColumn('run_id', 'integer', (c) => c.references('runs.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('satisfaction', 'integer', (c) => c.notNull()) // 1–5
    .addColumn('usefulness', 'integer', (c) => c.notNull()) // 1–5
    .addColumn('relevance', 'integer', (c) => c.notNull()) // 1–5
    .addColumn('will_apply', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('comments', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('evaluations_event_user_idx')
    .on('evaluations')
    .columns(['event_id', 'user_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('evaluations_run_user_idx')
    .on('evaluations')
    .columns(['run_id', 'user_id'])
    .unique()
    .execute();
  await db.schema.createIndex('evaluations_user_idx').on('evaluations').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'evaluations',
    'event_documents',
    'calendar_feeds',
    'registration_answers',
    'registrations',
    'event_questions',
    'event_people',
    'event_organisers',
    'event_themes',
    'event_translations',
    'events',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
