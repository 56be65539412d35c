import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { isExchangeStatus, type ExchangeParties, type ExchangeStatus } from './exchange.policy.ts';

// Reading exchanges: who is party to one (for the access checks), the exchange itself, and the
// list of exchanges an official follows. Its parts: exchange-parts.queries.ts.

const statusOf = (s: string): ExchangeStatus => (isExchangeStatus(s) ? s : 'proposed');

export async function selectExchangeIdBySlug(db: Db, slug: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('exchanges')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row?.id;
}

export async function selectExchangeParties(
  db: Db,
  id: number,
): Promise<ExchangeParties | undefined> {
  const x = await db
    .selectFrom('exchanges')
    .select(['id', 'slug', 'status', 'facilitator_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!x) return undefined;
  const [cities, participants] = await Promise.all([
    db
      .selectFrom('exchange_cities')
      .select('organisation_id')
      .where('exchange_id', '=', id)
      .execute(),
    db
      .selectFrom('exchange_participants')
      .select('user_id')
      .where('exchange_id', '=', id)
      .execute(),
  ]);
  return {
    id: x.id,
    slug: x.slug,
    status: statusOf(x.status),
    facilitatorId: x.facilitator_id,
    cityIds: cities.map((r) => r.organisation_id),
    participantIds: participants.map((r) => r.user_id),
  };
}

export interface ExchangeRow {
  id: number;
  slug: string;
  title: string;
  description: string;
  status: ExchangeStatus;
  summary: string;
  facilitator: { id: number; name: string } | null;
  run: { id: number; title: string; startsOn: string | null } | null;
  createdAt: string;
  closedAt: string | null;
  isDemo: boolean;
}

export async function selectExchange(db: Db, id: number): Promise<ExchangeRow | undefined> {
  const r = await db
    .selectFrom('exchanges as x')
    .leftJoin('users as f', 'f.id', 'x.facilitator_id')
    .leftJoin('runs as r', 'r.id', 'x.run_id')
    .select([
      'x.id',
      'x.slug',
      'x.title',
      'x.description',
      'x.status',
      'x.summary',
      'x.created_at',
      'x.closed_at',
      'x.is_demo',
      'f.id as facilitator_id',
      'f.name as facilitator_name',
      'r.id as run_id',
      'r.title as run_title',
      'r.starts_on as run_starts_on',
    ])
    .where('x.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    description: r.description,
    status: statusOf(r.status),
    summary: r.summary,
    facilitator:
      r.facilitator_id === null ? null : { id: r.facilitator_id, name: r.facilitator_name ?? '' },
    run:
      r.run_id === null
        ? null
        : { id: r.run_id, title: r.run_title ?? '', startsOn: r.run_starts_on ?? null },
    createdAt: r.created_at,
    isDemo: Number(r.is_demo) === 1,
    closedAt: r.closed_at,
  };
}

export interface ListedExchange {
  id: number;
  slug: string;
  title: string;
  status: ExchangeStatus;
  facilitatorName: string;
  updatedAt: string;
  cities: string[];
}

/**
 * Exchanges for the list: all of them (coordinators), or those the official facilitates, takes
 * part in or whose cities include theirs; active first, then proposed, closed, cancelled.
 */
export async function selectExchangeList(
  db: Db,
  who: { all: true } | { userId: number; cityId: number | null },
): Promise<ListedExchange[]> {
  let query = db
    .selectFrom('exchanges as x')
    .leftJoin('users as f', 'f.id', 'x.facilitator_id')
    .select(['x.id', 'x.slug', 'x.title', 'x.status', 'f.name', 'x.updated_at']);
  if (!('all' in who)) {
    const { userId, cityId } = who;
    query = query.where((eb) =>
      eb.or([
        eb('x.facilitator_id', '=', userId),
        eb.exists(
          eb
            .selectFrom('exchange_participants as p')
            .select('p.user_id')
            .whereRef('p.exchange_id', '=', 'x.id')
            .where('p.user_id', '=', userId),
        ),
        ...(cityId === null
          ? []
          : [
              eb.exists(
                eb
                  .selectFrom('exchange_cities as c')
                  .select('c.organisation_id')
                  .whereRef('c.exchange_id', '=', 'x.id')
                  .where('c.organisation_id', '=', cityId),
              ),
            ]),
      ]),
    );
  }
  const rows = await query
    .orderBy(
      sql`case x.status when 'active' then 0 when 'proposed' then 1 when 'closed' then 2 else 3 end`,
    )
    .orderBy('x.updated_at', 'desc')
    .orderBy('x.id', 'desc')
    .limit(500)
    .execute();
  if (rows.length === 0) return [];
  const cities = await db
    .selectFrom('exchange_cities as xc')
    .innerJoin('organisations as o', 'o.id', 'xc.organisation_id')
    .select(['xc.exchange_id', 'o.name'])
    .where(
      'xc.exchange_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('o.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: r.title,
    status: statusOf(r.status),
    facilitatorName: r.name ?? '',
    updatedAt: r.updated_at,
    cities: cities.filter((c) => c.exchange_id === r.id).map((c) => c.name),
  }));
}
