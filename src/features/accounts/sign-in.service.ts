import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { randomToken } from '../../web/tokens.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { clearAttempts, giveBackAttempt, LIMITS, takeAttempt } from './rate-limits.ts';
import { endSession, sessionSettings, startSession } from './sessions.service.ts';
import { selectCredentialsByEmail } from './users.queries.ts';

const BAD_CREDENTIALS = 'accounts.errors.badCredentials';

// Checking an unknown address against a throw-away hash takes as long as checking a real one,
// so response times do not tell which addresses have accounts.
let decoyHash: Promise<string> | undefined;
function decoy(): Promise<string> {
  return (decoyHash ??= hashPassword(randomToken()));
}

export const accountKey = (email: string) => `sign-in:account:${email.toLowerCase()}`;
export const addressKey = (ip: string) => `sign-in:address:${ip}`;

/**
 * Signs an official in with a new session. Unknown address, wrong password and disabled account
 * all give the same VALIDATION error; too many failures per account or per client address give
 * RATE_LIMITED. Only failed attempts count; a success clears its account's count.
 */
export async function signIn(
  deps: Deps,
  input: {
    email: string;
    password: string;
    ip: string;
    userAgent: string;
    previousSessionId: number | null;
  },
): Promise<{ userId: number; sessionToken: string }> {
  const byAccount = await takeAttempt(deps.db, accountKey(input.email), LIMITS.signInPerAccount);
  const byAddress = await takeAttempt(deps.db, addressKey(input.ip), LIMITS.signInPerAddress);
  if (!byAccount.allowed || !byAddress.allowed) {
    const retryAfter = Math.max(byAccount.retryAfterSeconds, byAddress.retryAfterSeconds);
    throw new AppError('RATE_LIMITED', 'accounts.errors.tooManySignIns', {
      values: { retryAfter },
    });
  }
  const user = await selectCredentialsByEmail(deps.db, input.email);
  const matches = await verifyPassword(user?.passwordHash ?? (await decoy()), input.password);
  if (!user || !matches || user.isDisabled) throw new AppError('VALIDATION', BAD_CREDENTIALS);

  await clearAttempts(deps.db, accountKey(input.email));
  await giveBackAttempt(deps.db, addressKey(input.ip));
  // Whatever session the browser had before is over: a fresh id at every sign-in.
  if (input.previousSessionId !== null) await endSession(deps.db, input.previousSessionId);
  const session = await startSession(deps.db, sessionSettings(deps.config), {
    userId: user.id,
    ip: input.ip,
    userAgent: input.userAgent,
  });
  return { userId: user.id, sessionToken: session.token };
}

/** Ends the session behind the request's cookie, if any. */
export async function signOut(deps: Deps, sessionId: number | null): Promise<void> {
  if (sessionId !== null) await endSession(deps.db, sessionId);
}
