import { z } from 'zod';
import { DELIVERIES, NOTIFICATION_KINDS, type Delivery, type NotificationKind } from './kinds.ts';

// Input of the notification pages.

// The largest integer key both databases hold (PostgreSQL's integer).
const MAX_ID = 2_147_483_647;

/** A notification id in a path, or undefined (then 404). */
export function idParam(value: string): number | undefined {
  const id = /^\d{1,10}$/.test(value) ? Number(value) : 0;
  return id > 0 && id <= MAX_ID ? id : undefined;
}

/** The page of the list: 1 unless a sensible number is given. */
export function pageParam(value: unknown): number {
  return typeof value === 'string' && /^\d{1,4}$/.test(value) && Number(value) > 0
    ? Number(value)
    : 1;
}

const delivery = z.enum(DELIVERIES, { error: 'notifications.errors.chooseOne' });

/** One radio group per kind. */
export const choicesSchema = z.object(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, delivery])) as Record<
    NotificationKind,
    typeof delivery
  >,
);
export type ChoicesInput = Record<NotificationKind, Delivery>;

/** The unsubscribe token as given in the link (checked by verifyUnsubscribe). */
export function tokenParam(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
