import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { safeEqual } from '../../web/tokens.ts';
import { isNotificationKind, type NotificationKind } from './kinds.ts';
import { selectOrCreateSecret } from './notifications.queries.ts';

// The unsubscribe link of a notification e-mail works without signing in: it carries the
// official, the kind and an expiry, signed with a key every process shares (app_secrets).

const SECRET = 'unsubscribe-hmac';
const VALID_DAYS = 90;

async function key(db: Db): Promise<Buffer> {
  const value = await selectOrCreateSecret(db, SECRET, randomBytes(32).toString('base64url'));
  return Buffer.from(value, 'base64url');
}

function mac(secret: Buffer, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** A token that turns off the kind's e-mails for the official, valid for 90 days. */
export async function signUnsubscribe(
  db: Db,
  userId: number,
  kind: NotificationKind,
  now: Date = new Date(),
): Promise<string> {
  const expires = Math.floor(now.getTime() / 1000) + VALID_DAYS * 86_400;
  const payload = `${userId}.${kind}.${expires}`;
  return `${payload}.${mac(await key(db), payload)}`;
}

export type UnsubscribeCheck =
  | { ok: true; userId: number; kind: NotificationKind }
  | { ok: false; reason: 'invalid' | 'expired' };

/** Checks a token's signature first, then its expiry. */
export async function verifyUnsubscribe(
  db: Db,
  token: string,
  now: Date = new Date(),
): Promise<UnsubscribeCheck> {
  const parts = token.length <= 200 ? token.split('.') : [];
  if (parts.length !== 4) return { ok: false, reason: 'invalid' };
  const [user, kind, expires, signature] = parts as [string, string, string, string];
  if (!/^\d{1,10}$/.test(user) || !isNotificationKind(kind) || !/^\d{1,12}$/.test(expires))
    return { ok: false, reason: 'invalid' };
  if (!safeEqual(signature, mac(await key(db), `${user}.${kind}.${expires}`)))
    return { ok: false, reason: 'invalid' };
  if (Number(expires) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, userId: Number(user), kind };
}
