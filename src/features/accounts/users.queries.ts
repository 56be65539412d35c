import type { Db } from '../../db/database.ts';
import type { Role } from './actor.ts';

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  preferredLanguage: string;
  organisationId: number | null;
  position: string;
  country: string | null;
  gender: string | null;
  isDemo?: boolean;
}

/** Inserts an official; the unique index on the lower-cased e-mail rejects a second account. */
export async function insertUser(db: Db, user: NewUser, now: string): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      email: user.email.toLowerCase(),
      name: user.name,
      password_hash: user.passwordHash,
      preferred_language: user.preferredLanguage,
      organisation_id: user.organisationId,
      position: user.position,
      country: user.country,
      gender: user.gender,
      is_disabled: 0,
      is_demo: user.isDemo ? 1 : 0,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertRole(
  db: Db,
  role: { userId: number; role: Role; organisationId: number | null; grantedBy: number | null },
  now: string,
): Promise<void> {
  await db
    .insertInto('user_roles')
    .values({
      user_id: role.userId,
      role: role.role,
      organisation_id: role.organisationId,
      granted_by: role.grantedBy,
      created_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['user_id', 'role']).doUpdateSet({ organisation_id: role.organisationId }),
    )
    .execute();
}
