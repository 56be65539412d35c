import type { Db } from '../../db/database.ts';
import { CITY_KINDS } from '../cityshare/city-members.queries.ts';

// Reading many twinning projects (the list an official may see) and the choices of the "new
// project" form, with what an exchange gives it.

export interface TwinningListRow {
  slug: string;
  title: string;
  status: string;
  startsOn: string;
  endsOn: string;
  cities: string[];
}

/** Projects the official may see: all of them (`all`), else facilitated, their city's, their partner's. */
export async function selectVisibleTwinnings(
  db: Db,
  who: { userId: number; organisationId: number | null; partnerId: number | null; all: boolean },
): Promise<TwinningListRow[]> {
  let query = db
    .selectFrom('twinnings as t')
    .select(['t.id', 't.slug', 't.title', 't.status', 't.starts_on', 't.ends_on']);
  if (!who.all)
    query = query.where((eb) =>
      eb.or([
        eb('t.facilitator_id', '=', who.userId),
        eb.exists(
          eb
            .selectFrom('twinning_cities as tc')
            .select('tc.twinning_id')
            .whereRef('tc.twinning_id', '=', 't.id')
            .where('tc.organisation_id', '=', who.organisationId ?? -1),
        ),
        eb.exists(
          eb
            .selectFrom('twinning_partners as tp')
            .select('tp.twinning_id')
            .whereRef('tp.twinning_id', '=', 't.id')
            .where('tp.organisation_id', '=', who.partnerId ?? -1),
        ),
      ]),
    );
  const rows = await query
    .orderBy('t.starts_on', 'desc')
    .orderBy('t.id', 'desc')
    .limit(500)
    .execute();
  if (rows.length === 0) return [];
  const cities = await db
    .selectFrom('twinning_cities as tc')
    .innerJoin('organisations as o', 'o.id', 'tc.organisation_id')
    .select(['tc.twinning_id', 'o.name'])
    .where(
      'tc.twinning_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('o.name')
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    status: r.status,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    cities: cities.filter((c) => c.twinning_id === r.id).map((c) => c.name),
  }));
}

export interface Choice {
  id: number;
  name: string;
}

/** Cities (local and regional authorities), partners and facilitators to choose from. */
export async function selectFormChoices(
  db: Db,
): Promise<{ cities: Choice[]; partners: Choice[]; facilitators: Choice[] }> {
  const [cities, partners, facilitators] = await Promise.all([
    db
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('kind', 'in', [...CITY_KINDS])
      .orderBy('name')
      .execute(),
    db
      .selectFrom('organisations')
      .select(['id', 'name'])
      .where('is_partner', '=', 1)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .select(['u.id', 'u.name'])
      .where('r.role', '=', 'facilitator')
      .where('u.is_disabled', '=', 0)
      .orderBy('u.name')
      .execute(),
  ]);
  return { cities, partners, facilitators };
}

/** What an exchange gives a new project: its title, facilitator and cities. */
export async function selectExchangePrefill(
  db: Db,
  exchangeId: number,
): Promise<{ title: string; facilitatorId: number | null; cityIds: number[] } | undefined> {
  const ex = await db
    .selectFrom('exchanges')
    .select(['title', 'facilitator_id'])
    .where('id', '=', exchangeId)
    .executeTakeFirst();
  if (!ex) return undefined;
  const cities = await db
    .selectFrom('exchange_cities')
    .select('organisation_id')
    .where('exchange_id', '=', exchangeId)
    .execute();
  return {
    title: ex.title,
    facilitatorId: ex.facilitator_id,
    cityIds: cities.map((c) => c.organisation_id),
  };
}
