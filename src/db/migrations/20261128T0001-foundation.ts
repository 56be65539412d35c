import { sql, type Kysely } from 'kysely';
import { withId } from './helpers.ts';

// Accounts, sessions, organisations, themes, curricula, e-mail outbox, jobs and audit trail.
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('organisations'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // The name lower-cased without accents: the directory's sort key and search text.
    .addColumn('name_search', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('short_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('website', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('country', 'text')
    .addColumn('world_region', 'text')
    .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('population', 'integer')
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('is_partner', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('organisations_name_idx')
    .on('organisations')
    .columns(['name', 'id'])
    .execute();
  // The directory sorts and pages by (name_search, id); each filter has an index led by its column.
  await db.schema
    .createIndex('organisations_search_idx')
    .on('organisations')
    .columns(['name_search', 'id'])
    .execute();
  await db.schema
    .createIndex('organisations_kind_idx')
    .on('organisations')
    .columns(['kind', 'name_search', 'id'])
    .execute();
  await db.schema
    .createIndex('organisations_country_idx')
    .on('organisations')
    .columns(['country', 'name_search', 'id'])
    .execute();
  await db.schema
    .createIndex('organisations_world_region_idx')
    .on('organisations')
    .columns(['world_region', 'name_search', 'id'])
    .execute();
  await db.schema
    .createIndex('organisations_partner_idx')
    .on('organisations')
    .columns(['is_partner', 'name_search', 'id'])
    .execute();

  await withId(db, db.schema.createTable('users'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('preferred_language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('organisation_id', 'integer', (c) =>
      c.references('organisations.id').onDelete('set null'),
    )
    .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('country', 'text')
    .addColumn('gender', 'text')
    .addColumn('is_disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('users_organisation_idx')
    .on('users')
    .column('organisation_id')
    .execute();
  await db.schema.createIndex('users_name_idx').on('users').columns(['name', 'id']).execute();
  // Addresses are stored lower-cased; this index also makes two sign-ups racing with the same
  // address in different letter case end with exactly one account.
  await db.schema
    .createIndex('users_email_lower_unique')
    .on('users')
    .unique()
    .expression(sql`lower(email)`)
    .execute();

  await withId(db, db.schema.createTable('user_roles'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) =>
      c.references('organisations.id').onDelete('cascade'),
    )
    .addColumn('granted_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('user_roles_user_role_unique', ['user_id', 'role'])
    .execute();
  await db.schema
    .createIndex('user_roles_organisation_idx')
    .on('user_roles')
    .column('organisation_id')
    .execute();
  await db.schema
    .createIndex('user_roles_granted_by_idx')
    .on('user_roles')
    .column('granted_by')
    .execute();
  await db.schema
    .createIndex('user_roles_role_idx')
    .on('user_roles')
    .columns(['role', 'user_id'])
    .execute();

  await withId(db, db.schema.createTable('sessions'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_agent', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('sessions_user_idx')
    .on('sessions')
    .columns(['user_id', 'revoked_at'])
    .execute();

  await withId(db, db.schema.createTable('password_resets'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('password_resets_user_idx')
    .on('password_resets')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('themes'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('theme_translations')
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('themes.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('theme_translations_pk', ['theme_id', 'language'])
    .execute();

  await withId(db, db.schema.createTable('curricula'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('validated_on', 'text')
    .addColumn('validated_at_event', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('curriculum_translations')
    .addColumn('curriculum_id', 'integer', (c) =>
      c.notNull().references('curricula.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('curriculum_translations_pk', ['curriculum_id', 'language'])
    .execute();
  await db.schema
    .createTable('curriculum_themes')
    .addColumn('curriculum_id', 'integer', (c) =>
      c.notNull().references('curricula.id').onDelete('cascade'),
    )
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('themes.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('curriculum_themes_pk', ['curriculum_id', 'theme_id'])
    .execute();
  await db.schema
    .createIndex('curriculum_themes_theme_idx')
    .on('curriculum_themes')
    .column('theme_id')
    .execute();

  await withId(db, db.schema.createTable('emails'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('emails_created_idx')
    .on('emails')
    .columns(['created_at', 'id'])
    .execute();
  // The outbox filtered by recipient, newest first.
  await db.schema.createIndex('emails_to_idx').on('emails').columns(['to_address', 'id']).execute();

  await withId(db, db.schema.createTable('jobs'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['status', 'run_at']).execute();

  await withId(db, db.schema.createTable('audit_events'))
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'integer')
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_events_actor_idx')
    .on('audit_events')
    .column('actor_id')
    .execute();
  await db.schema
    .createIndex('audit_events_subject_idx')
    .on('audit_events')
    .columns(['subject_type', 'subject_id', 'id'])
    .execute();

  await db.schema
    .createTable('cache_versions')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'cache_versions',
    'audit_events',
    'jobs',
    'emails',
    'curriculum_themes',
    'curriculum_translations',
    'curricula',
    'theme_translations',
    'themes',
    'rate_limits',
    'password_resets',
    'sessions',
    'user_roles',
    'users',
    'organisations',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
