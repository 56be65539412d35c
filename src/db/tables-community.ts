import type { Generated } from 'kysely';

// Row types of discussions and notifications (migrations 0027 and 0028). Conventions as in
// tables.ts. thread_search differs per engine and is reached only through src/search, in raw SQL.

export interface ThreadsTable {
  id: Generated<number>;
  subject_kind: string; // run | event | exchange | twinning | theme
  subject_id: number;
  title: string;
  author_id: number | null;
  is_pinned: Generated<number>;
  is_locked: Generated<number>;
  answer_post_id: number | null;
  post_count: Generated<number>; // visible posts
  last_post_id: number | null;
  last_post_at: string;
  is_demo: Generated<number>;
  created_at: string;
  request_key: string | null;
}

export interface PostsTable {
  id: Generated<number>;
  thread_id: number;
  author_id: number | null;
  body: string; // Markdown as written
  body_html: string; // rendered once (safe subset, mentions marked)
  quote_post_id: number | null;
  status: Generated<string>; // visible | held | hidden | deleted
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  hidden_at: string | null;
  hidden_by: number | null;
  is_demo: Generated<number>;
  request_key: string | null;
}

export interface PostRevisionsTable {
  id: Generated<number>;
  post_id: number;
  body: string;
  edited_by: number | null;
  created_at: string;
}

export interface PostAttachmentsTable {
  id: Generated<number>;
  post_id: number;
  file_id: number;
  file_name: string;
  created_at: string;
}

export interface PostMentionsTable {
  post_id: number;
  user_id: number;
}

export interface ThreadReadsTable {
  thread_id: number;
  user_id: number;
  last_read_post_id: number;
  read_at: string;
}

export interface ThreadFollowsTable {
  thread_id: number;
  user_id: number;
  state: string; // following | muted
  updated_at: string;
}

export interface PostReportsTable {
  id: Generated<number>;
  post_id: number;
  reporter_id: number;
  reason: string; // spam | abuse | off_topic | personal_data | other
  note: Generated<string>;
  created_at: string;
  resolved_at: string | null;
  resolved_by: number | null;
  outcome: string | null; // hidden | dismissed
}

export interface PostingSuspensionsTable {
  id: Generated<number>;
  user_id: number;
  subject_kind: string | null; // null: everywhere
  subject_id: number | null;
  reason: string;
  ends_at: string | null;
  created_by: number | null;
  created_at: string;
  lifted_at: string | null;
  lifted_by: number | null;
}

export interface ModerationActionsTable {
  id: Generated<number>;
  actor_id: number | null;
  action: string;
  subject_kind: string;
  subject_id: number;
  thread_id: number | null;
  post_id: number | null;
  user_id: number | null;
  reason: Generated<string>;
  created_at: string;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  message: string;
  params: Generated<string>; // JSON object of strings
  link: string;
  actor_id: number | null;
  source: string | null;
  delivery: string; // immediate | digest | off
  email_id: number | null;
  digested_at: string | null;
  created_at: string;
  read_at: string | null;
}

export interface NotificationPreferencesTable {
  user_id: number;
  kind: string;
  delivery: string;
  updated_at: string;
}

export interface AppSecretsTable {
  name: string;
  value: string;
  created_at: string;
}

export interface CommunityTables {
  threads: ThreadsTable;
  posts: PostsTable;
  post_revisions: PostRevisionsTable;
  post_attachments: PostAttachmentsTable;
  post_mentions: PostMentionsTable;
  thread_reads: ThreadReadsTable;
  thread_follows: ThreadFollowsTable;
  post_reports: PostReportsTable;
  posting_suspensions: PostingSuspensionsTable;
  moderation_actions: ModerationActionsTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  app_secrets: AppSecretsTable;
}
