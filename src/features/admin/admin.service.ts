import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { hashPassword, passwordProblem } from '../accounts/passwords.ts';
import * as users from '../accounts/users.queries.ts';
import { selectUserIdByEmail } from './admin.queries.ts';

/**
 * Makes an official an admin, creating the account when the e-mail is new (the CLI's
 * create-admin and the ADMIN_EMAIL/ADMIN_PASSWORD bootstrap). There is no default password.
 */
export async function createAdmin(
  deps: Deps,
  input: { email: string; name: string; password: string },
): Promise<{ id: number; created: boolean }> {
  const email = input.email.trim().toLowerCase();
  const now = new Date().toISOString();
  const existing = await selectUserIdByEmail(deps.db, email);
  if (existing !== undefined) {
    await users.insertRole(
      deps.db,
      { userId: existing, role: 'admin', organisationId: null, grantedBy: null },
      now,
    );
    return { id: existing, created: false };
  }
  const problem = passwordProblem(input.password, [email.split('@')[0] ?? '', input.name]);
  if (problem) throw new AppError('VALIDATION', problem);
  const id = await deps.db.transaction().execute(async (tx) => {
    const userId = await users.insertUser(
      tx,
      {
        email,
        name: input.name.trim() || email,
        passwordHash: await hashPassword(input.password),
        preferredLanguage: 'en',
        organisationId: null,
        position: '',
        country: null,
        gender: null,
      },
      now,
    );
    await users.insertRole(
      tx,
      { userId, role: 'admin', organisationId: null, grantedBy: null },
      now,
    );
    return userId;
  });
  return { id, created: true };
}

/** Creates the bootstrap admin named by ADMIN_EMAIL and ADMIN_PASSWORD, if both are set. */
export async function bootstrapAdminFromEnv(deps: Deps): Promise<void> {
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = deps.config;
  if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
  const result = await createAdmin(deps, {
    email: ADMIN_EMAIL,
    name: 'Administrator',
    password: ADMIN_PASSWORD,
  });
  if (result.created) deps.log.info({ email: ADMIN_EMAIL }, 'bootstrap admin created');
}
