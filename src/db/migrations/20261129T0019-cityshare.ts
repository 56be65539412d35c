import { sql, type Kysely } from 'kysely';
import { withId } from './helpers.ts';

// CityShare (issue 5): city profiles and their coordinators, dated self-assessments, good
// practices, cohort pairings, and facilitated exchanges between cities.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organisations')
    .addColumn('migration_context', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  // Members of a city are the officials whose organisation it is; its coordinators may edit it.
  await db.schema
    .createTable('city_coordinators')
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('granted_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('city_coordinators_pk', ['organisation_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('city_coordinators_user_idx')
    .on('city_coordinators')
    .column('user_id')
    .execute();

  // Dated: a reassessment adds a row and becomes the current one, so the history stays.
  await withId(db, db.schema.createTable('assessments'))
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('is_current', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('is_private', 'integer', (c) => c.notNull().defaultTo(0)) // facilitators only
    .addColumn('priorities', 'text', (c) => c.notNull().defaultTo(''))
    // The levels again, six digits in theme order (THEME_SLUGS), so that suggestions among
    // thousands of cities read one short row per city; assessment_levels stays the record.
    .addColumn('strengths', 'text', (c) => c.notNull())
    .addColumn('needs', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('assessments_organisation_idx')
    .on('assessments')
    .columns(['organisation_id', 'id'])
    .execute();
  // At most one current assessment per city, even when two coordinators save at once.
  await db.schema
    .createIndex('assessments_current_idx')
    .on('assessments')
    .column('organisation_id')
    .unique()
    .where(sql.ref('is_current'), '=', 1)
    .execute();

  await db.schema
    .createTable('assessment_levels')
    .addColumn('assessment_id', 'integer', (c) =>
      c.notNull().references('assessments.id').onDelete('cascade'),
    )
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('themes.id').onDelete('cascade'),
    )
    .addColumn('strength', 'integer', (c) => c.notNull())
    .addColumn('need', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('assessment_levels_pk', ['assessment_id', 'theme_id'])
    .addCheckConstraint('assessment_levels_strength_ck', sql`strength between 0 and 4`)
    .addCheckConstraint('assessment_levels_need_ck', sql`need between 0 and 4`)
    .execute();

  await withId(db, db.schema.createTable('practices'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('themes.id').onDelete('restrict'),
    )
    .addColumn('status', 'text', (c) => c.notNull()) // draft | published
    .addColumn('language', 'text', (c) => c.notNull()) // the language it is written in
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('approach', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('results', 'text', (c) => c.notNull().defaultTo('')) // with figures
    .addColumn('resources', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('success_factors', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('transferability', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('transferable_to', 'text', (c) => c.notNull().defaultTo('')) // what kind of city
    .addColumn('contacts', 'text', (c) => c.notNull().defaultTo(''))
    // Title and texts lower-cased without accents: what search matches.
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
  for (const cols of [
    ['organisation_id', 'status'],
    ['theme_id', 'status'],
    ['status', 'published_at'],
  ])
    await db.schema.createIndex(`practices_${cols[0]}_idx`).on('practices').columns(cols).execute();

  await withId(db, db.schema.createTable('practice_documents'))
    .addColumn('practice_id', 'integer', (c) =>
      c.notNull().references('practices.id').onDelete('cascade'),
    )
    .addColumn('file_id', 'integer', (c) => c.notNull().references('files.id').onDelete('restrict'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('practice_documents_practice_idx')
    .on('practice_documents')
    .column('practice_id')
    .execute();

  // A facilitator's pairing of a cohort's cities (a run's, or a hand-made list for a call).
  await withId(db, db.schema.createTable('pairings'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('run_id', 'integer', (c) => c.references('runs.id').onDelete('set null'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pairing_cities')
    .addColumn('pairing_id', 'integer', (c) =>
      c.notNull().references('pairings.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('group_number', 'integer') // null: not placed in a group
    .addPrimaryKeyConstraint('pairing_cities_pk', ['pairing_id', 'organisation_id'])
    .execute();

  await createExchanges(db);
}

async function createExchanges(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('exchanges'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull()) // proposed | active | closed | cancelled
    .addColumn('facilitator_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('run_id', 'integer', (c) => c.references('runs.id').onDelete('set null'))
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo('')) // written when closed
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('exchanges_facilitator_idx')
    .on('exchanges')
    .column('facilitator_id')
    .execute();

  for (const [table, other, ref] of [
    ['exchange_cities', 'organisation_id', 'organisations.id'],
    ['exchange_themes', 'theme_id', 'themes.id'],
    ['exchange_participants', 'user_id', 'users.id'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('exchange_id', 'integer', (c) =>
        c.notNull().references('exchanges.id').onDelete('cascade'),
      )
      .addColumn(other, 'integer', (c) => c.notNull().references(ref).onDelete('cascade'))
      .addPrimaryKeyConstraint(`${table}_pk`, ['exchange_id', other])
      .execute();
    await db.schema
      .createIndex(`${table}_${other}_idx`)
      .on(table)
      .columns([other, 'exchange_id'])
      .execute();
  }

  // The exchange's meetings ("session" is kept for sign-in sessions), linked to events if any.
  await withId(db, db.schema.createTable('exchange_meetings'))
    .addColumn('exchange_id', 'integer', (c) =>
      c.notNull().references('exchanges.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('event_id', 'integer', (c) => c.references('events.id').onDelete('set null'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('exchange_notes'))
    .addColumn('exchange_id', 'integer', (c) =>
      c.notNull().references('exchanges.id').onDelete('cascade'),
    )
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('exchange_documents'))
    .addColumn('exchange_id', 'integer', (c) =>
      c.notNull().references('exchanges.id').onDelete('cascade'),
    )
    .addColumn('file_id', 'integer', (c) => c.notNull().references('files.id').onDelete('restrict'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('exchange_actions'))
    .addColumn('exchange_id', 'integer', (c) =>
      c.notNull().references('exchanges.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) =>
      c.references('organisations.id').onDelete('set null'),
    )
    .addColumn('due_on', 'text') // YYYY-MM-DD
    .addColumn('is_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  for (const table of [
    'exchange_meetings',
    'exchange_notes',
    'exchange_documents',
    'exchange_actions',
  ])
    await db.schema.createIndex(`${table}_exchange_idx`).on(table).column('exchange_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'exchange_actions',
    'exchange_documents',
    'exchange_notes',
    'exchange_meetings',
    'exchange_participants',
    'exchange_themes',
    'exchange_cities',
    'exchanges',
    'pairing_cities',
    'pairings',
    'practice_documents',
    'practices',
    'assessment_levels',
    'assessments',
    'city_coordinators',
  ])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('organisations').dropColumn('migration_context').execute();
}
