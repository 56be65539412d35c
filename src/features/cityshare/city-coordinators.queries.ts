import type { Db } from '../../db/database.ts';

// A city's members (officials whose organisation it is) and changes to its coordinators.

export interface CityMember {
  id: number;
  name: string;
  position: string;
  isCityCoordinator: boolean;
}

/** The city's active officials by name, each with whether they coordinate it. */
export async function selectCityMembers(db: Db, cityId: number): Promise<CityMember[]> {
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('city_coordinators as cc', (j) =>
      j.onRef('cc.user_id', '=', 'u.id').on('cc.organisation_id', '=', cityId),
    )
    .select(['u.id', 'u.name', 'u.position', 'cc.user_id as coordinator'])
    .where('u.organisation_id', '=', cityId)
    .where('u.is_disabled', '=', 0)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    position: r.position,
    isCityCoordinator: r.coordinator !== null,
  }));
}

/** Whether the official is an active member of the city. */
export async function selectIsActiveMember(
  db: Db,
  cityId: number,
  userId: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('organisation_id', '=', cityId)
    .where('is_disabled', '=', 0)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Locks the city's row for the rest of the transaction (a no-op update: a row lock on
 * PostgreSQL, the write lock on SQLite), so that two removals cannot both see "one more left".
 */
export async function lockCity(db: Db, cityId: number): Promise<void> {
  await db
    .updateTable('organisations')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', cityId)
    .execute();
}

export async function countCityCoordinators(db: Db, cityId: number): Promise<number> {
  const row = await db
    .selectFrom('city_coordinators')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('organisation_id', '=', cityId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertCityAuditEvent(
  db: Db,
  e: { actorId: number; action: string; cityId: number; userId: number },
  now: string,
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor_id: e.actorId,
      action: e.action,
      subject_type: 'organisation',
      subject_id: e.cityId,
      details: JSON.stringify({ userId: e.userId }),
      created_at: now,
    })
    .execute();
}
