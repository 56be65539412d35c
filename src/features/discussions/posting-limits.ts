import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { takeAttempt, type Limit } from '../accounts/rate-limits.ts';
import type { SubjectRef } from './subjects.ts';
import { selectActiveSuspension } from './suspensions.queries.ts';

// Who may post right now: nobody under a suspension in force, nobody faster than the rate limit.

/** Posts (threads and replies) per official and window, counted across every process. */
export const POSTING_LIMIT: Limit = { max: 10, windowMinutes: 10 };

/** A suspension in force → 403 with its reason; over the rate limit → 429. Counts the attempt. */
export async function checkPostingLimits(
  deps: Deps,
  actor: Actor,
  subject: SubjectRef,
  now: Date,
): Promise<void> {
  await refuseIfSuspended(deps, actor, subject, now);
  const attempt = await takeAttempt(deps.db, `post:${actor.id}`, POSTING_LIMIT, now);
  if (!attempt.allowed)
    throw new AppError('RATE_LIMITED', 'posts.errors.rateLimited', {
      values: { retryAfter: attempt.retryAfterSeconds },
    });
}

/** A suspension in force for the actor in the subject (or everywhere) → 403 with its reason. */
export async function refuseIfSuspended(
  deps: Deps,
  actor: Actor,
  subject: SubjectRef,
  now: Date,
): Promise<void> {
  const suspension = await selectActiveSuspension(deps.db, actor.id, subject, now.toISOString());
  if (suspension)
    throw new AppError('FORBIDDEN', 'posts.errors.suspended', {
      values: { reason: suspension.reason },
    });
}
