import { isUniqueViolation, type Db } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { hashPassword, passwordProblem } from '../accounts/passwords.ts';
import * as users from '../accounts/users.queries.ts';
import { selectRolesOf, selectUserIdByEmail } from './admin.queries.ts';
import { insertAuditEvent } from './audit.queries.ts';

// Granted from the command line or the environment: there is no acting official.
function auditAdminGrant(db: Db, userId: number, action: string, now: string): Promise<void> {
  return insertAuditEvent(
    db,
    { actorId: null, action, subjectType: 'user', subjectId: userId, details: { role: 'admin' } },
    now,
  );
}

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
    await deps.db.transaction().execute(async (tx) => {
      const roles = (await selectRolesOf(tx, [existing])).get(existing) ?? [];
      if (roles.some((r) => r.role === 'admin')) return;
      await users.insertRole(
        tx,
        { userId: existing, role: 'admin', organisationId: null, grantedBy: null },
        now,
      );
      await auditAdminGrant(tx, existing, 'user.role_added', now);
    });
    return { id: existing, created: false };
  }
  const problem = passwordProblem(input.password, [email.split('@')[0] ?? '', input.name]);
  if (problem) throw new AppError('VALIDATION', problem);
  const passwordHash = await hashPassword(input.password);
  let id: number;
  try {
    id = await insertAdmin(deps, { email, name: input.name, passwordHash }, now);
  } catch (err) {
    // Another process (a second server starting with the same ADMIN_EMAIL) created it first.
    if (isUniqueViolation(err)) return createAdmin(deps, input);
    throw err;
  }
  return { id, created: true };
}

function insertAdmin(
  deps: Deps,
  input: { email: string; name: string; passwordHash: string },
  now: string,
): Promise<number> {
  const { email, passwordHash } = input;
  return deps.db.transaction().execute(async (tx) => {
    const userId = await users.insertUser(
      tx,
      {
        email,
        name: input.name.trim() || email,
        passwordHash,
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
    await auditAdminGrant(tx, userId, 'user.admin_created', now);
    return userId;
  });
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
