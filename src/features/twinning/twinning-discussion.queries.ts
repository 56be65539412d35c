import type { Db } from '../../db/database.ts';

// What the discussions of a twinning project need to know about it: its name, the members of its
// cities, an official's projects.

export async function selectTwinningName(
  db: Db,
  twinningId: number,
): Promise<{ title: string; slug: string } | undefined> {
  return db
    .selectFrom('twinnings')
    .select(['title', 'slug'])
    .where('id', '=', twinningId)
    .executeTakeFirst();
}

/** The project's facilitator, if it has one. */
export async function selectTwinningFacilitatorId(
  db: Db,
  twinningId: number,
): Promise<number | null> {
  const row = await db
    .selectFrom('twinnings')
    .select('facilitator_id')
    .where('id', '=', twinningId)
    .executeTakeFirst();
  return row?.facilitator_id ?? null;
}

/** Active officials whose organisation is one of the project's cities. */
export async function selectTwinningMembers(
  db: Db,
  twinningId: number,
): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectFrom('twinning_cities as c')
    .innerJoin('users as u', 'u.organisation_id', 'c.organisation_id')
    .select(['u.id', 'u.name'])
    .where('c.twinning_id', '=', twinningId)
    .where('u.is_disabled', '=', 0)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/** Projects the official facilitates, or whose cities or partners include their organisation. */
export async function selectTwinningIdsOf(
  db: Db,
  userId: number,
  organisationId: number | null,
  partnerOrganisationId: number | null,
): Promise<number[]> {
  let query = db.selectFrom('twinnings').select('id').where('facilitator_id', '=', userId);
  if (organisationId !== null)
    query = query.union(
      db
        .selectFrom('twinning_cities')
        .select('twinning_id as id')
        .where('organisation_id', '=', organisationId),
    );
  if (partnerOrganisationId !== null)
    query = query.union(
      db
        .selectFrom('twinning_partners')
        .select('twinning_id as id')
        .where('organisation_id', '=', partnerOrganisationId),
    );
  const rows = await query.execute();
  return rows.map((r) => r.id).sort((a, b) => a - b);
}
