import { sql, type Kysely } from 'kysely';
import { isPostgres, withId } from './helpers.ts';

// Discussions (issue 7): threads attached to a subject (a course run, an event, a CityShare
// exchange, a twinning project or a theme: subject_kind + subject_id, checked by the service, not
// by a foreign key, since the subject lives in one of five tables), their posts with revisions,
// attachments and mentions, what each official has read, follows and mutes, reports,
// suspensions from posting and the record of moderators' actions.
//
// Search: one row per thread in thread_search (title; every visible post's text), written from
// text already folded by src/search/text.ts, as resource_search (migration 0022) is.

export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('threads'))
    .addColumn('subject_kind', 'text', (c) => c.notNull()) // run | event | exchange | twinning | theme
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('is_pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_locked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answer_post_id', 'integer') // the post a facilitator marked as the answer
    .addColumn('post_count', 'integer', (c) => c.notNull().defaultTo(0)) // visible posts
    .addColumn('last_post_id', 'integer')
    .addColumn('last_post_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('request_key', 'text', (c) => c.unique()) // the "new thread" form's key
    .execute();
  // A subject's list: pinned first, then the latest activity.
  await db.schema
    .createIndex('threads_subject_idx')
    .on('threads')
    .columns(['subject_kind', 'subject_id', 'is_pinned', 'last_post_at', 'id'])
    .execute();
  await db.schema.createIndex('threads_author_idx').on('threads').column('author_id').execute();

  await withId(db, db.schema.createTable('posts'))
    .addColumn('thread_id', 'integer', (c) =>
      c.notNull().references('threads.id').onDelete('cascade'),
    )
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull()) // Markdown as written
    .addColumn('body_html', 'text', (c) => c.notNull()) // rendered once, safe subset
    .addColumn('quote_post_id', 'integer', (c) => c.references('posts.id').onDelete('set null'))
    // visible | held (a link from a new account, waiting for a moderator) | hidden | deleted
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('visible'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('deleted_at', 'text')
    .addColumn('hidden_at', 'text')
    .addColumn('hidden_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('request_key', 'text', (c) => c.unique()) // the reply form's key
    .execute();
  await db.schema
    .createIndex('posts_thread_idx')
    .on('posts')
    .columns(['thread_id', 'id'])
    .execute();
  await db.schema
    .createIndex('posts_author_idx')
    .on('posts')
    .columns(['author_id', 'thread_id'])
    .execute();
  await db.schema.createIndex('posts_status_idx').on('posts').columns(['status', 'id']).execute();
  await db.schema.createIndex('posts_quote_idx').on('posts').column('quote_post_id').execute();

  // The text a post had before each edit: moderators read it.
  await withId(db, db.schema.createTable('post_revisions'))
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('edited_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull()) // when this text was replaced
    .execute();
  await db.schema
    .createIndex('post_revisions_post_idx')
    .on('post_revisions')
    .columns(['post_id', 'id'])
    .execute();

  await withId(db, db.schema.createTable('post_attachments'))
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('file_id', 'integer', (c) => c.notNull().references('files.id').onDelete('restrict'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('post_attachments_unique', ['post_id', 'file_id'])
    .execute();
  await db.schema
    .createIndex('post_attachments_file_idx')
    .on('post_attachments')
    .column('file_id')
    .execute();

  // Officials a post mentioned who may read the thread (and were told).
  await db.schema
    .createTable('post_mentions')
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('post_mentions_pk', ['post_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('post_mentions_user_idx')
    .on('post_mentions')
    .column('user_id')
    .execute();

  // The newest post each official has seen in a thread: lists count what came after.
  await db.schema
    .createTable('thread_reads')
    .addColumn('thread_id', 'integer', (c) =>
      c.notNull().references('threads.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('last_read_post_id', 'integer', (c) => c.notNull())
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('thread_reads_pk', ['user_id', 'thread_id'])
    .execute();
  await db.schema
    .createIndex('thread_reads_thread_idx')
    .on('thread_reads')
    .column('thread_id')
    .execute();

  await db.schema
    .createTable('thread_follows')
    .addColumn('thread_id', 'integer', (c) =>
      c.notNull().references('threads.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull()) // following | muted
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('thread_follows_pk', ['thread_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('thread_follows_user_idx')
    .on('thread_follows')
    .column('user_id')
    .execute();

  await withId(db, db.schema.createTable('post_reports'))
    .addColumn('post_id', 'integer', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('reporter_id', 'integer', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('reason', 'text', (c) => c.notNull()) // spam | abuse | off_topic | personal_data | other
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('outcome', 'text') // hidden | dismissed
    .addUniqueConstraint('post_reports_once', ['post_id', 'reporter_id'])
    .execute();
  await db.schema
    .createIndex('post_reports_open_idx')
    .on('post_reports')
    .columns(['resolved_at', 'post_id'])
    .execute();
  await db.schema
    .createIndex('post_reports_reporter_idx')
    .on('post_reports')
    .column('reporter_id')
    .execute();

  // An official kept from posting in one subject, or everywhere when subject_kind is null.
  await withId(db, db.schema.createTable('posting_suspensions'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('subject_kind', 'text')
    .addColumn('subject_id', 'integer')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text') // null: until lifted
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('lifted_at', 'text')
    .addColumn('lifted_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('posting_suspensions_user_idx')
    .on('posting_suspensions')
    .columns(['user_id', 'lifted_at'])
    .execute();

  // Every moderator's action: hide, restore, approve or reject a held post, dismiss a report,
  // suspend, lift, pin, unpin, lock, unlock, mark an answer.
  await withId(db, db.schema.createTable('moderation_actions'))
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('thread_id', 'integer', (c) => c.references('threads.id').onDelete('set null'))
    .addColumn('post_id', 'integer', (c) => c.references('posts.id').onDelete('set null'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('moderation_actions_subject_idx')
    .on('moderation_actions')
    .columns(['subject_kind', 'subject_id', 'id'])
    .execute();
  for (const column of ['actor_id', 'thread_id', 'post_id', 'user_id'])
    await db.schema
      .createIndex(`moderation_actions_${column}_idx`)
      .on('moderation_actions')
      .column(column)
      .execute();

  if (isPostgres(db)) {
    await db.schema
      .createTable('thread_search')
      .addColumn('thread_id', 'integer', (c) =>
        c.primaryKey().references('threads.id').onDelete('cascade'),
      )
      .addColumn('title', sql`tsvector`, (c) => c.notNull())
      .addColumn('body', sql`tsvector`, (c) => c.notNull())
      .execute();
    await sql`CREATE INDEX thread_search_title_idx ON thread_search USING gin (title)`.execute(db);
    await sql`CREATE INDEX thread_search_body_idx ON thread_search USING gin (body)`.execute(db);
  } else {
    await sql`CREATE VIRTUAL TABLE thread_search USING fts5(
      title, body, content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 0', prefix = '3')`.execute(db);
    await sql`CREATE TRIGGER threads_delete_search AFTER DELETE ON threads
      BEGIN DELETE FROM thread_search WHERE rowid = old.id; END`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) await sql`DROP TRIGGER IF EXISTS threads_delete_search`.execute(db);
  for (const table of [
    'thread_search',
    'moderation_actions',
    'posting_suspensions',
    'post_reports',
    'thread_follows',
    'thread_reads',
    'post_mentions',
    'post_attachments',
    'post_revisions',
    'posts',
    'threads',
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
