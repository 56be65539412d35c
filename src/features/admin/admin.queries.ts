import type { Db, Dialect } from '../../db/database.ts';
import { isRole, type Role } from '../accounts/actor.ts';

// The admin feature's SQL about officials: profile, roles, account status, sessions.

export async function selectUserIdByEmail(db: Db, email: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row?.id;
}

export interface RoleGrant {
  role: Role;
  /** The organisation a partner editor acts for. */
  organisationId: number | null;
  organisationName: string | null;
}

/** The roles of some officials, by official. */
export async function selectRolesOf(db: Db, userIds: number[]): Promise<Map<number, RoleGrant[]>> {
  const out = new Map<number, RoleGrant[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .selectFrom('user_roles as r')
    .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select(['r.user_id as userId', 'r.role', 'r.organisation_id as organisationId', 'o.name'])
    .where('r.user_id', 'in', userIds)
    .orderBy('r.role')
    .execute();
  for (const r of rows) {
    if (!isRole(r.role)) continue;
    const list = out.get(r.userId) ?? [];
    list.push({ role: r.role, organisationId: r.organisationId, organisationName: r.name });
    out.set(r.userId, list);
  }
  return out;
}

export interface UserProfile {
  id: number;
  name: string;
  email: string;
  position: string;
  country: string | null;
  gender: string | null;
  preferredLanguage: string;
  organisationName: string | null;
  isDemo: boolean;
  isDisabled: boolean;
  createdAt: string;
}

export async function selectUserProfile(db: Db, id: number): Promise<UserProfile | undefined> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.name',
      'u.email',
      'u.position',
      'u.country',
      'u.gender',
      'u.preferred_language as preferredLanguage',
      'o.name as organisationName',
      'u.is_demo as isDemo',
      'u.is_disabled as isDisabled',
      'u.created_at as createdAt',
    ])
    .where('u.id', '=', id)
    .executeTakeFirst();
  return row && { ...row, isDemo: row.isDemo === 1, isDisabled: row.isDisabled === 1 };
}

/**
 * The ids of the enabled admins. On PostgreSQL the rows stay locked until the transaction ends,
 * so two admins demoting or disabling each other at once cannot leave the platform without one;
 * SQLite runs one write transaction at a time.
 */
export async function lockEnabledAdminIds(db: Db, dialect: Dialect): Promise<number[]> {
  const query = db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select('u.id')
    .where('r.role', '=', 'admin')
    .where('u.is_disabled', '=', 0)
    .orderBy('u.id');
  const rows = await (dialect === 'postgres' ? query.forUpdate() : query).execute();
  return rows.map((r) => r.id);
}

export interface RoleTarget {
  id: number;
  isDisabled: boolean;
  roles: RoleGrant[];
}

export async function selectRoleTarget(db: Db, id: number): Promise<RoleTarget | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'is_disabled as isDisabled'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const roles = await selectRolesOf(db, [id]);
  return { id: row.id, isDisabled: row.isDisabled === 1, roles: roles.get(id) ?? [] };
}

/** Removes a role; false when the official did not have it. */
export async function deleteRole(db: Db, userId: number, role: Role): Promise<boolean> {
  const result = await db
    .deleteFrom('user_roles')
    .where('user_id', '=', userId)
    .where('role', '=', role)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Disables or enables an account; false when it already was in that state. */
export async function updateDisabled(
  db: Db,
  userId: number,
  disabled: boolean,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ is_disabled: disabled ? 1 : 0, updated_at: now })
    .where('id', '=', userId)
    .where('is_disabled', '=', disabled ? 0 : 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
