import type { Db } from '../../db/database.ts';

// An official's stored e-mail choices (only those that differ from a kind's default).

export async function selectChoices(db: Db, userId: number): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['kind', 'delivery'])
    .where('user_id', '=', userId)
    .execute();
  return new Map(rows.map((r) => [r.kind, r.delivery]));
}

/** Replaces the official's stored choices with these. */
export async function replaceChoices(
  db: Db,
  userId: number,
  choices: Array<{ kind: string; delivery: string }>,
  now: string,
): Promise<void> {
  await db.deleteFrom('notification_preferences').where('user_id', '=', userId).execute();
  if (choices.length === 0) return;
  await db
    .insertInto('notification_preferences')
    .values(choices.map((c) => ({ user_id: userId, ...c, updated_at: now })))
    .execute();
}

/** Stores one choice, replacing the kind's earlier one. */
export async function upsertChoice(
  db: Db,
  userId: number,
  kind: string,
  delivery: string,
  now: string,
): Promise<void> {
  await db
    .insertInto('notification_preferences')
    .values({ user_id: userId, kind, delivery, updated_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ delivery, updated_at: now }))
    .execute();
}

/** Takes notifications of these kinds that still wait for a digest out of it. */
export async function dropPendingDigest(db: Db, userId: number, kinds: string[]): Promise<void> {
  if (kinds.length === 0) return;
  await db
    .updateTable('notifications')
    .set({ delivery: 'off' })
    .where('user_id', '=', userId)
    .where('kind', 'in', kinds)
    .where('delivery', '=', 'digest')
    .where('digested_at', 'is', null)
    .execute();
}

/** Whether the official exists and is not disabled (an unsubscribe link may outlive them). */
export async function officialExists(db: Db, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('is_disabled', '=', 0)
    .executeTakeFirst();
  return row !== undefined;
}
