import type { Db } from '../../db/database.ts';
import * as q from './rate-limits.queries.ts';

// Limits on attempts (sign-in, password-reset requests), counted in the database so that they
// hold across every process behind the load balancer.

export interface Limit {
  max: number;
  windowMinutes: number;
}

export const LIMITS = {
  /** Failed sign-ins per account (e-mail address). */
  signInPerAccount: { max: 5, windowMinutes: 15 },
  /** Failed sign-ins per client address. */
  signInPerAddress: { max: 30, windowMinutes: 15 },
  /** Password-reset requests per client address. */
  resetPerAddress: { max: 10, windowMinutes: 60 },
  /** Reset e-mails per account, so nobody can flood someone's mailbox. */
  resetPerAccount: { max: 3, windowMinutes: 60 },
} satisfies Record<string, Limit>;

export interface AttemptResult {
  allowed: boolean;
  /** Seconds until the window ends, for the Retry-After header. */
  retryAfterSeconds: number;
}

/** Counts an attempt under `key` and says whether it is still within the limit. */
export async function takeAttempt(
  db: Db,
  key: string,
  limit: Limit,
  now: Date = new Date(),
): Promise<AttemptResult> {
  const windowEndsAt = new Date(now.getTime() + limit.windowMinutes * 60_000);
  const { count, resetAt } = await q.incrementCounter(
    db,
    key,
    now.toISOString(),
    windowEndsAt.toISOString(),
  );
  const retryAfterSeconds = Math.max(1, Math.ceil((Date.parse(resetAt) - now.getTime()) / 1000));
  return { allowed: count <= limit.max, retryAfterSeconds };
}

/** Gives an attempt back, e.g. when it succeeded and only failures should count. */
export async function giveBackAttempt(db: Db, key: string): Promise<void> {
  await q.decrementCounter(db, key);
}

/** Forgets every attempt under `key` (a successful sign-in clears its account's count). */
export async function clearAttempts(db: Db, key: string): Promise<void> {
  await q.deleteCounter(db, key);
}
