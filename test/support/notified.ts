import type { Deps } from '../../src/deps.ts';

// Reading notifications in tests of the features that notify: what an official was told, and
// their choice of delivery for a kind.

export interface Told {
  kind: string;
  message: string;
  params: Record<string, string>;
  link: string;
  delivery: string;
  emailed: boolean;
}

/** The official's notifications, oldest first. */
export async function noticesOf(deps: Deps, userId: number): Promise<Told[]> {
  const rows = await deps.db
    .selectFrom('notifications')
    .select(['kind', 'message', 'params', 'link', 'delivery', 'email_id'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    kind: r.kind,
    message: r.message,
    params: JSON.parse(r.params) as Record<string, string>,
    link: r.link,
    delivery: r.delivery,
    emailed: r.email_id !== null,
  }));
}

/** The in-app line (its translation key) of the notification behind the newest e-mail to `address`. */
export async function latestNoticeTo(deps: Deps, address: string): Promise<string | undefined> {
  const row = await deps.db
    .selectFrom('emails as e')
    .innerJoin('notifications as n', 'n.email_id', 'e.id')
    .select('n.message')
    .where('e.to_address', '=', address.toLowerCase())
    .orderBy('e.id', 'desc')
    .executeTakeFirst();
  return row?.message;
}

/** Stores an official's choice for a kind, as the settings page does. */
export async function chooseDelivery(
  deps: Deps,
  userId: number,
  kind: string,
  delivery: 'immediate' | 'digest' | 'off',
): Promise<void> {
  await deps.db
    .insertInto('notification_preferences')
    .values({ user_id: userId, kind, delivery, updated_at: new Date().toISOString() })
    .execute();
}
