import type { Kysely } from 'kysely';
import { withId } from './helpers.ts';

// Notifications (issue 7): one row per official and event worth telling (a reply, a mention, a
// decision on an enrolment or a registration, a grade…), read in the app; its e-mail is sent at
// once, gathered into the daily digest, or not sent, as the official chose for its kind.

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('notifications'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // notifications/kinds.ts
    .addColumn('message', 'text', (c) => c.notNull()) // the in-app line's full translation key
    .addColumn('params', 'text', (c) => c.notNull().defaultTo('{}')) // JSON: the message's values
    .addColumn('link', 'text', (c) => c.notNull()) // a path on this site
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    // What it is about (e.g. "post:42"): with the kind, one notification per official and source.
    .addColumn('source', 'text')
    .addColumn('delivery', 'text', (c) => c.notNull()) // immediate | digest | off, when created
    .addColumn('email_id', 'integer', (c) => c.references('emails.id').onDelete('set null'))
    .addColumn('digested_at', 'text') // when a digest took it
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'read_at', 'id'])
    .execute();
  await db.schema
    .createIndex('notifications_source_unique')
    .on('notifications')
    .unique()
    .columns(['user_id', 'kind', 'source'])
    .execute();
  await db.schema
    .createIndex('notifications_digest_idx')
    .on('notifications')
    .columns(['delivery', 'digested_at', 'user_id'])
    .execute();
  for (const column of ['actor_id', 'email_id'])
    await db.schema
      .createIndex(`notifications_${column}_idx`)
      .on('notifications')
      .column(column)
      .execute();

  // Only choices that differ from the kind's default are stored.
  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull()) // immediate | digest | off
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'kind'])
    .execute();

  // Keys every process shares, made once (the first writer wins): the unsubscribe links' HMAC key.
  await db.schema
    .createTable('app_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['app_secrets', 'notification_preferences', 'notifications'])
    await db.schema.dropTable(table).ifExists().execute();
}
