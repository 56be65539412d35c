import type { Db } from '../../db/database.ts';

// Notifications' SQL: recipients and their choices, writing a notification, the shared secret.

export interface NotifiedOfficial {
  id: number;
  email: string;
  preferredLanguage: string;
}

/** The officials among `ids` who can still be told (not disabled). */
export async function selectNotifiable(db: Db, ids: number[]): Promise<NotifiedOfficial[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'email', 'preferred_language as preferredLanguage'])
    .where('id', 'in', ids)
    .where('is_disabled', '=', 0)
    .orderBy('id')
    .execute();
}

/** The stored choices of these officials for one kind (others use the kind's default). */
export async function selectDeliveries(
  db: Db,
  ids: number[],
  kind: string,
): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['user_id', 'delivery'])
    .where('user_id', 'in', ids)
    .where('kind', '=', kind)
    .execute();
  return new Map(rows.map((r) => [r.user_id, r.delivery]));
}

/** Writes a notification; undefined when one with the same source was already written. */
export async function insertNotification(
  db: Db,
  row: {
    userId: number;
    kind: string;
    message: string;
    params: Record<string, string>;
    link: string;
    actorId: number | null;
    source: string | null;
    delivery: string;
    now: string;
  },
): Promise<number | undefined> {
  const inserted = await db
    .insertInto('notifications')
    .values({
      user_id: row.userId,
      kind: row.kind,
      message: row.message,
      params: JSON.stringify(row.params),
      link: row.link,
      actor_id: row.actorId,
      source: row.source,
      delivery: row.delivery,
      created_at: row.now,
    })
    .onConflict((oc) => oc.columns(['user_id', 'kind', 'source']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function updateEmailId(db: Db, id: number, emailId: number): Promise<void> {
  await db.updateTable('notifications').set({ email_id: emailId }).where('id', '=', id).execute();
}

/** The named secret, made with `fresh` by the first process that asks. */
export async function selectOrCreateSecret(db: Db, name: string, fresh: string): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name, value: fresh, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}
