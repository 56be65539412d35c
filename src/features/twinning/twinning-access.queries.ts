import type { Db } from '../../db/database.ts';

// The facts that decide who may see and change a twinning project (twinning.policy.ts).

export interface TwinningParties {
  id: number;
  slug: string;
  status: string;
  facilitatorId: number | null;
  cityIds: number[];
  partnerIds: number[];
  /** Cities of the project that the asking official coordinates. */
  coordinatedCityIds: number[];
}

export async function selectTwinningParties(
  db: Db,
  twinningId: number,
  userId: number | null,
): Promise<TwinningParties | undefined> {
  const twinning = await db
    .selectFrom('twinnings')
    .select(['id', 'slug', 'status', 'facilitator_id'])
    .where('id', '=', twinningId)
    .executeTakeFirst();
  if (!twinning) return undefined;
  const [cities, partners, coordinated] = await Promise.all([
    db
      .selectFrom('twinning_cities')
      .select('organisation_id')
      .where('twinning_id', '=', twinningId)
      .execute(),
    db
      .selectFrom('twinning_partners')
      .select('organisation_id')
      .where('twinning_id', '=', twinningId)
      .execute(),
    userId === null
      ? Promise.resolve([])
      : db
          .selectFrom('city_coordinators as cc')
          .innerJoin('twinning_cities as tc', 'tc.organisation_id', 'cc.organisation_id')
          .select('cc.organisation_id')
          .where('tc.twinning_id', '=', twinningId)
          .where('cc.user_id', '=', userId)
          .execute(),
  ]);
  return {
    id: twinning.id,
    slug: twinning.slug,
    status: twinning.status,
    facilitatorId: twinning.facilitator_id,
    cityIds: cities.map((r) => r.organisation_id),
    partnerIds: partners.map((r) => r.organisation_id),
    coordinatedCityIds: coordinated.map((r) => r.organisation_id),
  };
}

export async function selectTwinningIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('twinnings')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row?.id;
}
