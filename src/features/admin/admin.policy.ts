import { isAdmin, type Actor, type Role } from '../accounts/actor.ts';

// Who may manage officials and read the outbox, and the changes no admin may make.
// Pure functions: the services load the facts and throw what these decide.

export type Decision =
  { allowed: true } | { allowed: false; code: 'FORBIDDEN' | 'CONFLICT'; messageKey: string };

const ALLOWED: Decision = { allowed: true };
const FORBIDDEN: Decision = { allowed: false, code: 'FORBIDDEN', messageKey: 'errors.forbidden' };

function conflict(messageKey: string): Decision {
  return { allowed: false, code: 'CONFLICT', messageKey };
}

/** The official whose account or roles are being changed. */
export interface Target {
  id: number;
  isDisabled: boolean;
  roles: ReadonlyArray<{ role: Role }>;
}

function isEnabledAdmin(target: Target): boolean {
  return !target.isDisabled && target.roles.some((r) => r.role === 'admin');
}

export function canManageUsers(actor: Actor | null): boolean {
  return isAdmin(actor);
}

/** The outbox holds password-reset links: only admins read it. */
export function canReadOutbox(actor: Actor | null): boolean {
  return isAdmin(actor);
}

/** `adminCount` is the number of enabled admins, the target included when it is one. */
export function canRemoveRole(
  actor: Actor | null,
  target: Target,
  role: Role,
  adminCount: number,
): Decision {
  if (!actor || !canManageUsers(actor)) return FORBIDDEN;
  if (role !== 'admin') return ALLOWED;
  if (target.id === actor.id) return conflict('admin.errors.ownAdminRole');
  if (isEnabledAdmin(target) && adminCount <= 1) return conflict('admin.errors.lastAdmin');
  return ALLOWED;
}

export function canDisable(actor: Actor | null, target: Target, adminCount: number): Decision {
  if (!actor || !canManageUsers(actor)) return FORBIDDEN;
  if (target.id === actor.id) return conflict('admin.errors.disableSelf');
  if (isEnabledAdmin(target) && adminCount <= 1) return conflict('admin.errors.lastAdmin');
  return ALLOWED;
}
