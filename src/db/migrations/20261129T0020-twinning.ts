import { type Kysely } from 'kysely';
import { withId } from './helpers.ts';

// Twinning projects (issue 5): cities (who confirm), supporting partners, a facilitator; the action
// plan, milestones, documents, scheduled check-ins, and requests for support with their history.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('twinnings'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('objectives', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull()) // proposed | active | completed | cancelled
    .addColumn('starts_on', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('facilitator_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('exchange_id', 'integer', (c) => c.references('exchanges.id').onDelete('set null'))
    .addColumn('check_in_every_months', 'integer', (c) => c.notNull().defaultTo(3))
    // Shown to the public only once every city has agreed to publish it.
    .addColumn('public_summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const col of ['facilitator_id', 'exchange_id'])
    await db.schema.createIndex(`twinnings_${col}_idx`).on('twinnings').column(col).execute();

  await db.schema
    .createTable('twinning_cities')
    .addColumn('twinning_id', 'integer', (c) =>
      c.notNull().references('twinnings.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('confirmed_at', 'text') // null until a coordinator of the city confirms
    .addColumn('confirmed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('publishes_summary', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('twinning_cities_pk', ['twinning_id', 'organisation_id'])
    .execute();
  await db.schema
    .createTable('twinning_partners')
    .addColumn('twinning_id', 'integer', (c) =>
      c.notNull().references('twinnings.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('twinning_partners_pk', ['twinning_id', 'organisation_id'])
    .execute();
  for (const table of ['twinning_cities', 'twinning_partners'])
    await db.schema
      .createIndex(`${table}_organisation_idx`)
      .on(table)
      .columns(['organisation_id', 'twinning_id'])
      .execute();

  await withId(db, db.schema.createTable('twinning_actions'))
    .addColumn('twinning_id', 'integer', (c) =>
      c.notNull().references('twinnings.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('restrict'),
    )
    .addColumn('owner_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('due_on', 'text', (c) => c.notNull()) // YYYY-MM-DD
    .addColumn('status', 'text', (c) => c.notNull()) // planned | in_progress | done | blocked | cancelled
    .addColumn('cost_amount', 'integer') // whole units of cost_currency; null: not estimated
    .addColumn('cost_currency', 'text', (c) => c.notNull().defaultTo('')) // ISO 4217
    .addColumn('funding_source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('indicator', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('baseline', 'double precision')
    .addColumn('target', 'double precision')
    .addColumn('current_value', 'double precision')
    .addColumn('risks', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Overdue actions are found by status and due date across projects (facilitator dashboard).
  await db.schema
    .createIndex('twinning_actions_twinning_idx')
    .on('twinning_actions')
    .columns(['twinning_id', 'position'])
    .execute();

  await withId(db, db.schema.createTable('twinning_milestones'))
    .addColumn('twinning_id', 'integer', (c) =>
      c.notNull().references('twinnings.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('reached_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('twinning_documents'))
    .addColumn('twinning_id', 'integer', (c) =>
      c.notNull().references('twinnings.id').onDelete('cascade'),
    )
    .addColumn('file_id', 'integer', (c) => c.notNull().references('files.id').onDelete('restrict'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Scheduled follow-up reports; one per project and due date, so scheduling twice adds nothing.
  await withId(db, db.schema.createTable('check_ins'))
    .addColumn('twinning_id', 'integer', (c) =>
      c.notNull().references('twinnings.id').onDelete('cascade'),
    )
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('organisation_id', 'integer', (c) =>
      c.references('organisations.id').onDelete('set null'),
    ) // the city that reported
    .addColumn('progress', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('blockers', 'text', (c) => c.notNull().defaultTo(''))
    // The last day a reminder went out, claimed by a conditional UPDATE: one e-mail per day.
    .addColumn('reminded_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('check_ins_due_uq', ['twinning_id', 'due_on'])
    .execute();
  await db.schema
    .createIndex('check_ins_due_idx')
    .on('check_ins')
    .columns(['submitted_at', 'due_on'])
    .execute();

  await db.schema
    .createTable('check_in_indicators')
    .addColumn('check_in_id', 'integer', (c) =>
      c.notNull().references('check_ins.id').onDelete('cascade'),
    )
    .addColumn('action_id', 'integer', (c) =>
      c.notNull().references('twinning_actions.id').onDelete('cascade'),
    )
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('check_in_indicators_pk', ['check_in_id', 'action_id'])
    .execute();

  await withId(db, db.schema.createTable('support_requests'))
    .addColumn('twinning_id', 'integer', (c) =>
      c.notNull().references('twinnings.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    ) // the asking city
    .addColumn('kind', 'text', (c) => c.notNull()) // expertise | training | introductions | funding_advice | other
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // open | in_progress | answered | closed
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable('support_request_messages'))
    .addColumn('support_request_id', 'integer', (c) =>
      c.notNull().references('support_requests.id').onDelete('cascade'),
    )
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text') // the status this message set, if it changed it
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  for (const table of ['twinning_milestones', 'twinning_documents', 'support_requests'])
    await db.schema.createIndex(`${table}_twinning_idx`).on(table).column('twinning_id').execute();
  await db.schema
    .createIndex('support_request_messages_request_idx')
    .on('support_request_messages')
    .column('support_request_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'support_request_messages',
    'support_requests',
    'check_in_indicators',
    'check_ins',
    'twinning_documents',
    'twinning_milestones',
    'twinning_actions',
    'twinning_partners',
    'twinning_cities',
    'twinnings',
  ])
    await db.schema.dropTable(table).execute();
}
