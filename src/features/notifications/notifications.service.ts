import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import * as q from './notifications.queries.ts';
import { safeLink } from './notifications.policy.ts';

// The official's own notifications: the list, opening one, read marks.

export const PER_PAGE = 30;

export interface NotificationList {
  items: q.NotificationRow[];
  page: number;
  hasNext: boolean;
}

/** One page of the actor's notifications, unread first, then newest. */
export async function listNotifications(
  deps: Deps,
  actor: Actor | null,
  page: number,
): Promise<NotificationList> {
  const me = requireActor(actor);
  const rows = await q.selectNotificationsOfUser(deps.db, me.id, {
    limit: PER_PAGE + 1,
    offset: (page - 1) * PER_PAGE,
  });
  return { items: rows.slice(0, PER_PAGE), page, hasNext: rows.length > PER_PAGE };
}

/** Marks the actor's notification read and returns where it leads (a path on this site). */
export async function openNotification(deps: Deps, actor: Actor | null, id: number) {
  const me = requireActor(actor);
  const link = await q.selectOwnLink(deps.db, id, me.id);
  if (link === undefined) throw new AppError('NOT_FOUND', 'notifications.errors.notFound');
  await q.markRead(deps.db, me.id, id, new Date().toISOString());
  return safeLink(link);
}

/** Marks one of the actor's notifications read; 404 when it is someone else's. */
export async function markNotificationRead(deps: Deps, actor: Actor | null, id: number) {
  await openNotification(deps, actor, id);
}

/** Marks every notification of the actor read. */
export async function markAllRead(deps: Deps, actor: Actor | null): Promise<void> {
  const me = requireActor(actor);
  await q.markRead(deps.db, me.id, null, new Date().toISOString());
}
