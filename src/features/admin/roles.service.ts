import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor, Role } from '../accounts/actor.ts';
import { insertRole } from '../accounts/users.queries.ts';
import { listOrganisationChoices } from '../organisations/organisations.service.ts';
import { canRemoveRole } from './admin.policy.ts';
import * as q from './admin.queries.ts';
import type { AddRoleInput } from './admin.schema.ts';
import { insertAuditEvent } from './audit.queries.ts';
import { enforce, requireUserManager } from './users.service.ts';

export type RoleChange = 'roleAdded' | 'roleChanged' | 'unchanged' | 'roleRemoved';

/**
 * Grants a role, or changes the organisation of a partner editor who already is one. A partner
 * editor's organisation must exist (VALIDATION on the `organisationId` field otherwise).
 */
export async function addRole(
  deps: Deps,
  actor: Actor | null,
  userId: number | null,
  input: AddRoleInput,
): Promise<RoleChange> {
  const admin = requireUserManager(actor);
  let organisationName: string | null = null;
  if (input.organisationId !== null) {
    const organisations = await listOrganisationChoices(deps);
    const chosen = organisations.find((o) => o.id === input.organisationId);
    if (!chosen)
      throw new AppError('VALIDATION', 'admin.errors.organisationUnknown', {
        fields: { organisationId: 'admin.errors.organisationUnknown' },
      });
    organisationName = chosen.name;
  }
  return deps.db.transaction().execute(async (tx) => {
    const target = userId === null ? undefined : await q.selectRoleTarget(tx, userId);
    if (!target) throw new AppError('NOT_FOUND');
    const held = target.roles.find((r) => r.role === input.role);
    if (held && held.organisationId === input.organisationId) return 'unchanged';
    const now = new Date().toISOString();
    await insertRole(
      tx,
      {
        userId: target.id,
        role: input.role,
        organisationId: input.organisationId,
        grantedBy: admin.id,
      },
      now,
    );
    await insertAuditEvent(
      tx,
      {
        actorId: admin.id,
        action: held ? 'user.role_changed' : 'user.role_added',
        subjectType: 'user',
        subjectId: target.id,
        details: { role: input.role, organisationId: input.organisationId, organisationName },
      },
      now,
    );
    return held ? 'roleChanged' : 'roleAdded';
  });
}

/**
 * Takes a role away. No admin removes their own admin role, and the last enabled admin keeps
 * theirs (CONFLICT); the check and the change are one transaction over the locked admin rows.
 */
export async function removeRole(
  deps: Deps,
  actor: Actor | null,
  userId: number | null,
  role: Role,
): Promise<RoleChange> {
  const admin = requireUserManager(actor);
  return deps.db.transaction().execute(async (tx) => {
    const adminIds = await q.lockEnabledAdminIds(tx, deps.dialect);
    const target = userId === null ? undefined : await q.selectRoleTarget(tx, userId);
    if (!target) throw new AppError('NOT_FOUND');
    enforce(canRemoveRole(admin, target, role, adminIds.length));
    // The actor may have lost the role since their request began.
    if (!adminIds.includes(admin.id)) throw new AppError('FORBIDDEN');
    const held = target.roles.find((r) => r.role === role);
    if (!held || !(await q.deleteRole(tx, target.id, role))) return 'unchanged';
    const now = new Date().toISOString();
    await insertAuditEvent(
      tx,
      {
        actorId: admin.id,
        action: 'user.role_removed',
        subjectType: 'user',
        subjectId: target.id,
        details: {
          role,
          organisationId: held.organisationId,
          organisationName: held.organisationName,
        },
      },
      now,
    );
    return 'roleRemoved';
  });
}
