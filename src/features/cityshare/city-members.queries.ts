import type { Db } from '../../db/database.ts';

// Who belongs to a city: its members are the officials whose organisation it is; its city
// coordinators (members named in city_coordinators) may edit its profile and assessment.

export const CITY_KINDS = ['local_authority', 'regional_authority'] as const;

export async function insertCityCoordinator(
  db: Db,
  row: { organisationId: number; userId: number; grantedBy: number | null },
  now: string,
): Promise<void> {
  await db
    .insertInto('city_coordinators')
    .values({
      organisation_id: row.organisationId,
      user_id: row.userId,
      granted_by: row.grantedBy,
      created_at: now,
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'user_id']).doNothing())
    .execute();
}

export async function deleteCityCoordinator(
  db: Db,
  organisationId: number,
  userId: number,
): Promise<void> {
  await db
    .deleteFrom('city_coordinators')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();
}

/** The cities the official coordinates (as a city coordinator), by id. */
export async function selectCoordinatedCityIds(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('city_coordinators')
    .select('organisation_id')
    .where('user_id', '=', userId)
    .orderBy('organisation_id')
    .execute();
  return rows.map((r) => r.organisation_id);
}

/** The city coordinators of a city, by name. */
export async function selectCityCoordinators(
  db: Db,
  organisationId: number,
): Promise<Array<{ id: number; name: string; email: string }>> {
  return db
    .selectFrom('city_coordinators as cc')
    .innerJoin('users as u', 'u.id', 'cc.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .where('cc.organisation_id', '=', organisationId)
    .where('u.is_disabled', '=', 0)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}
