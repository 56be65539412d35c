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

export interface Credentials {
  id: number;
  email: string;
  name: string;
  passwordHash: string;
  preferredLanguage: string;
  isDisabled: boolean;
}

const credentialColumns = [
  'id',
  'email',
  'name',
  'password_hash as passwordHash',
  'preferred_language as preferredLanguage',
  'is_disabled as isDisabled',
] as const;

function toCredentials(row: Omit<Credentials, 'isDisabled'> & { isDisabled: number }): Credentials {
  return { ...row, isDisabled: row.isDisabled === 1 };
}

/** The official with this address (any letter case), with what signing in needs. */
export async function selectCredentialsByEmail(
  db: Db,
  email: string,
): Promise<Credentials | undefined> {
  const row = await db
    .selectFrom('users')
    .select(credentialColumns)
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row && toCredentials(row);
}

export async function selectCredentialsById(db: Db, id: number): Promise<Credentials | undefined> {
  const row = await db
    .selectFrom('users')
    .select(credentialColumns)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toCredentials(row);
}

export async function emailExists(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return row !== undefined;
}

export interface ProfileRow {
  name: string;
  email: string;
  preferredLanguage: string;
  organisationId: number | null;
  position: string;
  country: string | null;
  gender: string | null;
  timeZone: string | null;
}

export async function selectProfile(db: Db, userId: number): Promise<ProfileRow | undefined> {
  return db
    .selectFrom('users')
    .select([
      'name',
      'email',
      'preferred_language as preferredLanguage',
      'organisation_id as organisationId',
      'position',
      'country',
      'gender',
      'time_zone as timeZone',
    ])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function updateProfile(
  db: Db,
  userId: number,
  profile: Omit<ProfileRow, 'email'>,
  now: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      name: profile.name,
      preferred_language: profile.preferredLanguage,
      organisation_id: profile.organisationId,
      position: profile.position,
      country: profile.country,
      gender: profile.gender,
      time_zone: profile.timeZone,
      updated_at: now,
    })
    .where('id', '=', userId)
    .execute();
}

export async function updatePasswordHash(
  db: Db,
  userId: number,
  passwordHash: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: now })
    .where('id', '=', userId)
    .execute();
}
