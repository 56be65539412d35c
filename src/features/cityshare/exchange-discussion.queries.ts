import type { Db } from '../../db/database.ts';

// What the discussions of an exchange need to know about it: its name, participants, an
// official's exchanges.

export async function selectExchangeName(
  db: Db,
  exchangeId: number,
): Promise<{ title: string; slug: string } | undefined> {
  return db
    .selectFrom('exchanges')
    .select(['title', 'slug'])
    .where('id', '=', exchangeId)
    .executeTakeFirst();
}

/** The exchange's facilitator, if it has one. */
export async function selectExchangeFacilitatorId(
  db: Db,
  exchangeId: number,
): Promise<number | null> {
  const row = await db
    .selectFrom('exchanges')
    .select('facilitator_id')
    .where('id', '=', exchangeId)
    .executeTakeFirst();
  return row?.facilitator_id ?? null;
}

export async function selectExchangeParticipants(
  db: Db,
  exchangeId: number,
): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectFrom('exchange_participants as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id', 'u.name'])
    .where('p.exchange_id', '=', exchangeId)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/** Exchanges the official facilitates, takes part in, or whose cities include theirs. */
export async function selectExchangeIdsOf(
  db: Db,
  userId: number,
  organisationId: number | null,
): Promise<number[]> {
  let query = db
    .selectFrom('exchanges')
    .select('id')
    .where('facilitator_id', '=', userId)
    .union(
      db
        .selectFrom('exchange_participants')
        .select('exchange_id as id')
        .where('user_id', '=', userId),
    );
  if (organisationId !== null)
    query = query.union(
      db
        .selectFrom('exchange_cities')
        .select('exchange_id as id')
        .where('organisation_id', '=', organisationId),
    );
  const rows = await query.execute();
  return rows.map((r) => r.id).sort((a, b) => a - b);
}
