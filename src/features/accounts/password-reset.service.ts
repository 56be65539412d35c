import type { Deps } from '../../deps.ts';
import { queueEmail } from '../../mail/mail.ts';
import { AppError } from '../../web/errors.ts';
import { hashToken, randomToken } from '../../web/tokens.ts';
import { passwordChangedEmail, passwordResetEmail } from './account-mail.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import * as q from './password-resets.queries.ts';
import { clearAttempts, LIMITS, takeAttempt } from './rate-limits.ts';
import { endAllSessions } from './sessions.service.ts';
import { accountKey } from './sign-in.service.ts';
import { personalWords } from './sign-up.service.ts';
import { selectCredentialsByEmail, updatePasswordHash } from './users.queries.ts';

export const RESET_LINK_MINUTES = 60;
const LINK_INVALID = 'accounts.reset.invalidLink';

/**
 * E-mails a single-use reset link when the address belongs to an enabled account; the caller
 * answers the same either way. Too many requests from one client address: RATE_LIMITED.
 */
export async function requestPasswordReset(
  deps: Deps,
  input: { email: string; ip: string; now?: Date },
): Promise<void> {
  const now = input.now ?? new Date();
  const byAddress = await takeAttempt(
    deps.db,
    `reset:address:${input.ip}`,
    LIMITS.resetPerAddress,
    now,
  );
  if (!byAddress.allowed)
    throw new AppError('RATE_LIMITED', 'accounts.errors.tooManyResets', {
      values: { retryAfter: byAddress.retryAfterSeconds },
    });
  const user = await selectCredentialsByEmail(deps.db, input.email);
  if (!user || user.isDisabled) return;
  // Past a few links an hour, further requests are silently dropped: no flooding a mailbox.
  const byAccount = await takeAttempt(
    deps.db,
    `reset:account:${user.id}`,
    LIMITS.resetPerAccount,
    now,
  );
  if (!byAccount.allowed) return;
  const token = randomToken();
  await deps.db.transaction().execute(async (tx) => {
    await q.insertPasswordReset(tx, {
      userId: user.id,
      tokenHash: hashToken(token),
      now: now.toISOString(),
      expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000).toISOString(),
    });
    await queueEmail(tx, passwordResetEmail(deps.config, user, token, RESET_LINK_MINUTES));
  });
}

/** Whether a reset link can still be used (unknown, used and expired links cannot). */
export async function resetLinkIsValid(deps: Deps, token: string): Promise<boolean> {
  return (await findReset(deps, token, new Date())) !== undefined;
}

function findReset(deps: Deps, token: string, now: Date) {
  if (token.length > 100) return Promise.resolve(undefined);
  return q.selectLiveReset(deps.db, hashToken(token), now.toISOString());
}

/**
 * Sets a new password through a reset link: the link is used up, every session of the official
 * ends and a notice is e-mailed. NOT_FOUND for a link that cannot be used; VALIDATION with
 * field errors for a weak or unconfirmed password.
 */
export async function resetPassword(
  deps: Deps,
  input: { token: string; password: string; confirmation: string },
): Promise<void> {
  const reset = await findReset(deps, input.token, new Date());
  if (!reset) throw new AppError('NOT_FOUND', LINK_INVALID);
  const fields: Record<string, string> = {};
  const problem = passwordProblem(input.password, personalWords(reset.name, reset.email));
  if (problem) fields.password = problem;
  else if (input.password !== input.confirmation)
    fields.confirmation = 'accounts.errors.passwordMismatch';
  if (Object.keys(fields).length > 0)
    throw new AppError('VALIDATION', 'errors.validation', { fields });

  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction().execute(async (tx) => {
    const now = new Date().toISOString();
    // Two submissions of the same link: only the first one gets here.
    if (!(await q.markResetUsed(tx, reset.id, now))) throw new AppError('NOT_FOUND', LINK_INVALID);
    await updatePasswordHash(tx, reset.userId, passwordHash, now);
    await q.retireResetsOfUser(tx, reset.userId, now);
    await endAllSessions(tx, reset.userId);
    await queueEmail(tx, passwordChangedEmail(deps.config, reset));
  });
  // The official proved control of the mailbox: earlier failed sign-ins no longer count.
  await clearAttempts(deps.db, accountKey(reset.email));
}
