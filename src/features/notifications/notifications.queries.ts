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

export interface NotificationRow {
  id: number;
  kind: string;
  message: string;
  params: Record<string, string>;
  link: string;
  createdAt: string;
  readAt: string | null;
}

export function parseParams(text: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/** One page of an official's notifications: unread first, then newest. */
export async function selectNotificationsOfUser(
  db: Db,
  userId: number,
  page: { limit: number; offset: number },
): Promise<NotificationRow[]> {
  const rows = await db
    .selectFrom('notifications')
    .select(['id', 'kind', 'message', 'params', 'link', 'created_at', 'read_at'])
    .where('user_id', '=', userId)
    .orderBy((eb) => eb.case().when('read_at', 'is', null).then(0).else(1).end())
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    message: r.message,
    params: parseParams(r.params),
    link: r.link,
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
}

/** The link of one of the official's notifications, or undefined when it is not theirs. */
export async function selectOwnLink(
  db: Db,
  id: number,
  userId: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('notifications')
    .select('link')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.link;
}

/** Marks one notification (or, without an id, all) of the official as read. */
export async function markRead(db: Db, userId: number, id: number | null, now: string) {
  let q = db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (id !== null) q = q.where('id', '=', id);
  await q.execute();
}
