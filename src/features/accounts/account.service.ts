import type { Deps } from '../../deps.ts';
import { queueEmail } from '../../mail/mail.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from './actor.ts';
import type { AccountProfileInput } from './accounts.schema.ts';
import { passwordChangedEmail } from './account-mail.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { clearAttempts, LIMITS, takeAttempt } from './rate-limits.ts';
import { endAllSessions } from './sessions.service.ts';
import { accountKey } from './sign-in.service.ts';
import { personalWords, profileProblems } from './sign-up.service.ts';
import * as users from './users.queries.ts';

/** The actor's own profile, for the account page. */
export async function getProfile(deps: Deps, actor: Actor | null): Promise<users.ProfileRow> {
  const me = requireActor(actor);
  const profile = await users.selectProfile(deps.db, me.id);
  if (!profile) throw new AppError('NOT_FOUND');
  return profile;
}

/** Saves the actor's own profile; VALIDATION with field errors for an unknown organisation. */
export async function saveProfile(
  deps: Deps,
  actor: Actor | null,
  input: AccountProfileInput,
): Promise<void> {
  const me = requireActor(actor);
  const fields = await profileProblems(deps, input);
  if (Object.keys(fields).length > 0)
    throw new AppError('VALIDATION', 'errors.validation', { fields });
  await users.updateProfile(
    deps.db,
    me.id,
    {
      name: input.name,
      preferredLanguage: input.language,
      organisationId: input.organisation,
      position: input.position,
      country: input.country,
      gender: input.gender,
      timeZone: input.timeZone,
    },
    new Date().toISOString(),
  );
}

/**
 * Changes the actor's password after checking the current one. Every other session ends (the
 * one making the change stays signed in) and a notice is e-mailed. A wrong current password
 * counts as a failed sign-in, so this form cannot be used to guess it either.
 */
export async function changePassword(
  deps: Deps,
  actor: Actor | null,
  input: {
    currentSessionId: number;
    currentPassword: string;
    password: string;
    confirmation: string;
  },
): Promise<void> {
  const me = requireActor(actor);
  const user = await users.selectCredentialsById(deps.db, me.id);
  if (!user) throw new AppError('NOT_FOUND');
  const attempt = await takeAttempt(deps.db, accountKey(user.email), LIMITS.signInPerAccount);
  if (!attempt.allowed)
    throw new AppError('RATE_LIMITED', 'accounts.errors.tooManySignIns', {
      values: { retryAfter: attempt.retryAfterSeconds },
    });
  const fields: Record<string, string> = {};
  if (await verifyPassword(user.passwordHash, input.currentPassword))
    await clearAttempts(deps.db, accountKey(user.email));
  else fields.currentPassword = 'accounts.errors.currentPasswordWrong';
  const problem = passwordProblem(input.password, personalWords(user.name, user.email));
  if (problem) fields.password = problem;
  else if (input.password !== input.confirmation)
    fields.confirmation = 'accounts.errors.passwordMismatch';
  if (Object.keys(fields).length > 0)
    throw new AppError('VALIDATION', 'errors.validation', { fields });

  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction().execute(async (tx) => {
    await users.updatePasswordHash(tx, me.id, passwordHash, new Date().toISOString());
    await endAllSessions(tx, me.id, input.currentSessionId);
    await queueEmail(tx, passwordChangedEmail(deps.config, user));
  });
}
