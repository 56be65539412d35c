import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { endAllSessions } from '../accounts/sessions.service.ts';
import { canDisable } from './admin.policy.ts';
import * as q from './admin.queries.ts';
import { insertAuditEvent } from './audit.queries.ts';
import { enforce, requireUserManager } from './users.service.ts';

export type StatusChange = 'disabled' | 'enabled' | 'unchanged';

/**
 * Disables an account and ends all its sessions in the same transaction, so its next request
 * is a visitor's. No admin disables themselves or the last enabled admin (CONFLICT).
 */
export async function disableUser(
  deps: Deps,
  actor: Actor | null,
  userId: number | null,
): Promise<StatusChange> {
  const admin = requireUserManager(actor);
  return deps.db.transaction().execute(async (tx) => {
    const adminIds = await q.lockEnabledAdminIds(tx, deps.dialect);
    const target = userId === null ? undefined : await q.selectRoleTarget(tx, userId);
    if (!target) throw new AppError('NOT_FOUND');
    enforce(canDisable(admin, target, adminIds.length));
    if (!adminIds.includes(admin.id)) throw new AppError('FORBIDDEN');
    const now = new Date().toISOString();
    const changed = await q.updateDisabled(tx, target.id, true, now);
    // Even when already disabled: a session must not outlive the account's disabling.
    await endAllSessions(tx, target.id);
    if (!changed) return 'unchanged';
    await insertAuditEvent(
      tx,
      {
        actorId: admin.id,
        action: 'user.disabled',
        subjectType: 'user',
        subjectId: target.id,
        details: {},
      },
      now,
    );
    return 'disabled';
  });
}

/** Lets a disabled official sign in again (their old sessions stay ended). */
export async function enableUser(
  deps: Deps,
  actor: Actor | null,
  userId: number | null,
): Promise<StatusChange> {
  const admin = requireUserManager(actor);
  return deps.db.transaction().execute(async (tx) => {
    const target = userId === null ? undefined : await q.selectRoleTarget(tx, userId);
    if (!target) throw new AppError('NOT_FOUND');
    const now = new Date().toISOString();
    if (!(await q.updateDisabled(tx, target.id, false, now))) return 'unchanged';
    await insertAuditEvent(
      tx,
      {
        actorId: admin.id,
        action: 'user.enabled',
        subjectType: 'user',
        subjectId: target.id,
        details: {},
      },
      now,
    );
    return 'enabled';
  });
}
