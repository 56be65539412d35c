import { type Kysely } from 'kysely';
import { withId } from './helpers.ts';

// The expert directory (issue 6): an official's expert profile, listed once a coordinator
// approves it; the library resources an expert wrote; invitations from facilitators to an event,
// a course run or an exchange, which the expert accepts or declines.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('experts'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) =>
      c.notNull().unique().references('users.id').onDelete('cascade'),
    )
    // community_leader | academic | civil_society | policy_maker | international_organisation |
    // city_practitioner
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) =>
      c.references('organisations.id').onDelete('set null'),
    )
    .addColumn('country', 'text') // ISO 3166-1 alpha-2
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]')) // JSON: ISO 639-1 codes
    .addColumn('biography', 'text', (c) => c.notNull().defaultTo('')) // short, Markdown
    // The name, organisation and biography lower-cased without accents: what the directory searches.
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull()) // pending | approved | returned
    .addColumn('review_comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reviewed_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('experts_status_idx')
    .on('experts')
    .columns(['status', 'sector'])
    .execute();
  await db.schema
    .createIndex('experts_organisation_idx')
    .on('experts')
    .column('organisation_id')
    .execute();
  await db.schema
    .createIndex('experts_reviewed_by_idx')
    .on('experts')
    .column('reviewed_by')
    .execute();

  await db.schema
    .createTable('expert_themes')
    .addColumn('expert_id', 'integer', (c) =>
      c.notNull().references('experts.id').onDelete('cascade'),
    )
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('themes.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('expert_themes_pk', ['expert_id', 'theme_id'])
    .execute();
  await db.schema
    .createIndex('expert_themes_theme_idx')
    .on('expert_themes')
    .columns(['theme_id', 'expert_id'])
    .execute();

  // Publications: library resources the expert is an author of.
  await db.schema
    .createTable('resource_experts')
    .addColumn('resource_id', 'integer', (c) =>
      c.notNull().references('resources.id').onDelete('cascade'),
    )
    .addColumn('expert_id', 'integer', (c) =>
      c.notNull().references('experts.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('resource_experts_pk', ['resource_id', 'expert_id'])
    .execute();
  await db.schema
    .createIndex('resource_experts_expert_idx')
    .on('resource_experts')
    .columns(['expert_id', 'resource_id'])
    .execute();

  // One invitation per expert and subject (event | run | exchange); a declined one may be renewed.
  await withId(db, db.schema.createTable('expert_invitations'))
    .addColumn('expert_id', 'integer', (c) =>
      c.notNull().references('experts.id').onDelete('cascade'),
    )
    .addColumn('subject_type', 'text', (c) => c.notNull()) // event | run | exchange
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull()) // pending | accepted | declined | withdrawn
    .addColumn('invited_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('responded_at', 'text')
    .execute();
  await db.schema
    .createIndex('expert_invitations_subject_idx')
    .on('expert_invitations')
    .columns(['expert_id', 'subject_type', 'subject_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('expert_invitations_by_subject_idx')
    .on('expert_invitations')
    .columns(['subject_type', 'subject_id'])
    .execute();
  await db.schema
    .createIndex('expert_invitations_invited_by_idx')
    .on('expert_invitations')
    .column('invited_by')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['expert_invitations', 'resource_experts', 'expert_themes', 'experts'])
    await db.schema.dropTable(table).ifExists().execute();
}
