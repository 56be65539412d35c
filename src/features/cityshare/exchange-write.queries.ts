import type { Db, Dialect } from '../../db/database.ts';
import type { ExchangeStatus } from './exchange.policy.ts';

// Every write of exchanges: the exchange with its cities, themes and participants, its status,
// meetings, notes, documents and agreed actions.

export interface NewExchange {
  slug: string;
  title: string;
  description: string;
  status: ExchangeStatus;
  facilitatorId: number | null;
  runId: number | null;
  summary: string;
  cityIds: number[];
  themeIds: number[];
  participantIds: number[];
  isDemo: boolean;
  createdBy: number | null;
}

/** Inserts the exchange and its cities, themes and participants; call inside a transaction. */
export async function insertExchange(db: Db, x: NewExchange, now: string): Promise<number> {
  const { id } = await db
    .insertInto('exchanges')
    .values({
      slug: x.slug,
      title: x.title,
      description: x.description,
      status: x.status,
      facilitator_id: x.facilitatorId,
      run_id: x.runId,
      summary: x.summary,
      is_demo: x.isDemo ? 1 : 0,
      created_by: x.createdBy,
      created_at: now,
      updated_at: now,
      closed_at: x.status === 'closed' ? now : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (x.cityIds.length > 0)
    await db
      .insertInto('exchange_cities')
      .values(x.cityIds.map((organisation_id) => ({ exchange_id: id, organisation_id })))
      .execute();
  if (x.themeIds.length > 0)
    await db
      .insertInto('exchange_themes')
      .values(x.themeIds.map((theme_id) => ({ exchange_id: id, theme_id })))
      .execute();
  await insertParticipants(db, id, x.participantIds);
  return id;
}

/** Adds participants; those already in are left as they are. */
export async function insertParticipants(
  db: Db,
  exchangeId: number,
  userIds: number[],
): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .insertInto('exchange_participants')
    .values(userIds.map((user_id) => ({ exchange_id: exchangeId, user_id })))
    .onConflict((oc) => oc.columns(['exchange_id', 'user_id']).doNothing())
    .execute();
}

export async function deleteParticipant(
  db: Db,
  exchangeId: number,
  userId: number,
): Promise<boolean> {
  const r = await db
    .deleteFrom('exchange_participants')
    .where('exchange_id', '=', exchangeId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/**
 * Locks a row until the transaction ends (PostgreSQL; SQLite has one writer at a time), so that
 * two submissions of one form take turns and the second finds what the first wrote.
 */
export async function lockRow(
  db: Db,
  dialect: Dialect,
  table: 'users' | 'exchanges',
  id: number,
): Promise<void> {
  const query = db.selectFrom(table).select('id').where('id', '=', id);
  await (dialect === 'postgres' ? query.forUpdate() : query).execute();
}

/** An exchange the same official opened since `since` with this title and these cities. */
export async function selectRecentTwin(
  db: Db,
  createdBy: number,
  title: string,
  cityIds: number[],
  since: string,
): Promise<string | undefined> {
  const rows = await db
    .selectFrom('exchanges as x')
    .innerJoin('exchange_cities as xc', 'xc.exchange_id', 'x.id')
    .select(['x.slug', 'xc.organisation_id'])
    .where('x.created_by', '=', createdBy)
    .where('x.title', '=', title)
    .where('x.created_at', '>=', since)
    .orderBy('x.id')
    .execute();
  const bySlug = new Map<string, number[]>();
  for (const r of rows) bySlug.set(r.slug, [...(bySlug.get(r.slug) ?? []), r.organisation_id]);
  const wanted = [...cityIds].sort((a, b) => a - b).join(',');
  for (const [slug, ids] of bySlug) if (ids.sort((a, b) => a - b).join(',') === wanted) return slug;
  return undefined;
}

/** Moves the status only from the expected one, so two clicks cannot both move it. */
export async function updateExchangeStatus(
  db: Db,
  id: number,
  from: ExchangeStatus,
  to: ExchangeStatus,
  summary: string | null,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('exchanges')
    .set({
      status: to,
      updated_at: now,
      ...(summary === null ? {} : { summary }),
      ...(to === 'closed' ? { closed_at: now } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
