import type { Db } from '../db/database.ts';

export interface EmailRow {
  id: number;
  toAddress: string;
  subject: string;
  textBody: string;
  kind: string;
  status: string;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

const columns = [
  'id',
  'to_address as toAddress',
  'subject',
  'text_body as textBody',
  'kind',
  'status',
  'error',
  'created_at as createdAt',
  'sent_at as sentAt',
] as const;

export async function insertEmail(
  db: Db,
  email: { to: string; subject: string; text: string; kind: string; now: string },
): Promise<number> {
  const row = await db
    .insertInto('emails')
    .values({
      to_address: email.to,
      subject: email.subject,
      text_body: email.text,
      kind: email.kind,
      status: 'queued',
      created_at: email.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function selectEmail(db: Db, id: number): Promise<EmailRow | undefined> {
  return db.selectFrom('emails').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function markEmail(
  db: Db,
  id: number,
  status: 'sent' | 'logged' | 'failed',
  now: string,
  error: string | null = null,
): Promise<void> {
  await db
    .updateTable('emails')
    .set({ status, sent_at: status === 'failed' ? null : now, error })
    .where('id', '=', id)
    .execute();
}

/** Newest first, keyset-paginated by id. */
export async function selectEmails(
  db: Db,
  options: { beforeId?: number; limit: number; to?: string },
): Promise<EmailRow[]> {
  let q = db.selectFrom('emails').select(columns).orderBy('id', 'desc').limit(options.limit);
  if (options.beforeId) q = q.where('id', '<', options.beforeId);
  if (options.to) q = q.where('to_address', '=', options.to);
  return q.execute();
}
