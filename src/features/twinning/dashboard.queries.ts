import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Tables } from '../../db/tables.ts';

// The facilitator dashboard's lists: what is late across projects, open support requests, and
// the exchanges and projects followed, with counts. `facilitatorId` null means every project.

const LIVE = ['proposed', 'active'];
const LIMIT = 200;

export interface OverdueAction {
  id: number;
  title: string;
  dueOn: string;
  status: string;
  cityName: string;
  slug: string;
  project: string;
}

export interface MissedCheckIn {
  id: number;
  dueOn: string;
  slug: string;
  project: string;
}

export interface OpenSupport {
  id: number;
  title: string;
  status: string;
  createdAt: string;
  cityName: string;
  slug: string;
  project: string;
}

export interface FollowedExchange {
  slug: string;
  title: string;
  status: string;
  cities: number;
  meetings: number;
  openActions: number;
}

export interface FollowedTwinning {
  slug: string;
  title: string;
  status: string;
  endsOn: string;
  cities: number;
  actions: number;
  overdueActions: number;
  missedCheckIns: number;
  openSupport: number;
}

/** Counts the rows of `table` that belong to the project `t` (narrow them with more `where`). */
function projectRows(
  eb: ExpressionBuilder<Tables & { t: Tables['twinnings'] }, 't'>,
  table: 'twinning_cities' | 'twinning_actions' | 'check_ins' | 'support_requests',
) {
  return eb
    .selectFrom(table)
    .select((s) => s.fn.countAll<number>().as('n'))
    .whereRef('twinning_id', '=', 't.id');
}

/** Counts the rows of `table` that belong to the exchange `e`. */
function exchangeRows(
  eb: ExpressionBuilder<Tables & { e: Tables['exchanges'] }, 'e'>,
  table: 'exchange_cities' | 'exchange_meetings' | 'exchange_actions',
) {
  return eb
    .selectFrom(table)
    .select((s) => s.fn.countAll<number>().as('n'))
    .whereRef('exchange_id', '=', 'e.id');
}

function twinnings(db: Db, facilitatorId: number | null) {
  const q = db.selectFrom('twinnings as t');
  return facilitatorId === null ? q : q.where('t.facilitator_id', '=', facilitatorId);
}

/** Actions past their due date and neither done nor cancelled, oldest first. */
export async function selectOverdueActions(
  db: Db,
  facilitatorId: number | null,
  today: string,
): Promise<OverdueAction[]> {
  return twinnings(db, facilitatorId)
    .innerJoin('twinning_actions as a', 'a.twinning_id', 't.id')
    .innerJoin('organisations as o', 'o.id', 'a.owner_organisation_id')
    .select([
      'a.id',
      'a.title',
      'a.due_on as dueOn',
      'a.status',
      'o.name as cityName',
      't.slug',
      't.title as project',
    ])
    .where('t.status', 'in', LIVE)
    .where('a.due_on', '<', today)
    .where('a.status', 'not in', ['done', 'cancelled'])
    .orderBy('a.due_on')
    .orderBy('a.id')
    .limit(LIMIT)
    .execute();
}

/** Check-ins past their date and not submitted, oldest first. */
export async function selectMissedCheckIns(
  db: Db,
  facilitatorId: number | null,
  today: string,
): Promise<MissedCheckIn[]> {
  return twinnings(db, facilitatorId)
    .innerJoin('check_ins as c', 'c.twinning_id', 't.id')
    .select(['c.id', 'c.due_on as dueOn', 't.slug', 't.title as project'])
    .where('t.status', 'in', LIVE)
    .where('c.due_on', '<', today)
    .where('c.submitted_at', 'is', null)
    .orderBy('c.due_on')
    .orderBy('c.id')
    .limit(LIMIT)
    .execute();
}

/** Support requests open or in progress, oldest first. */
export async function selectOpenSupport(
  db: Db,
  facilitatorId: number | null,
): Promise<OpenSupport[]> {
  return twinnings(db, facilitatorId)
    .innerJoin('support_requests as r', 'r.twinning_id', 't.id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select([
      'r.id',
      'r.title',
      'r.status',
      'r.created_at as createdAt',
      'o.name as cityName',
      't.slug',
      't.title as project',
    ])
    .where('r.status', 'in', ['open', 'in_progress'])
    .orderBy('r.created_at')
    .orderBy('r.id')
    .limit(LIMIT)
    .execute();
}

export async function selectFollowedExchanges(
  db: Db,
  facilitatorId: number | null,
): Promise<FollowedExchange[]> {
  let q = db
    .selectFrom('exchanges as e')
    .select((eb) => [
      'e.slug',
      'e.title',
      'e.status',
      exchangeRows(eb, 'exchange_cities').as('cities'),
      exchangeRows(eb, 'exchange_meetings').as('meetings'),
      exchangeRows(eb, 'exchange_actions').where('is_done', '=', 0).as('openActions'),
    ]);
  if (facilitatorId !== null) q = q.where('e.facilitator_id', '=', facilitatorId);
  const rows = await q
    .orderBy('e.created_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    status: r.status,
    cities: Number(r.cities),
    meetings: Number(r.meetings),
    openActions: Number(r.openActions),
  }));
}

export async function selectFollowedTwinnings(
  db: Db,
  facilitatorId: number | null,
  today: string,
): Promise<FollowedTwinning[]> {
  const rows = await twinnings(db, facilitatorId)
    .select((eb) => [
      't.slug',
      't.title',
      't.status',
      't.ends_on as endsOn',
      projectRows(eb, 'twinning_cities').as('cities'),
      projectRows(eb, 'twinning_actions').as('actions'),
      projectRows(eb, 'twinning_actions')
        .where('due_on', '<', today)
        .where('status', 'not in', ['done', 'cancelled'])
        .as('overdueActions'),
      projectRows(eb, 'check_ins')
        .where('due_on', '<', today)
        .where('submitted_at', 'is', null)
        .as('missedCheckIns'),
      projectRows(eb, 'support_requests')
        .where('status', 'in', ['open', 'in_progress'])
        .as('openSupport'),
    ])
    .orderBy('t.created_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(LIMIT)
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    status: r.status,
    endsOn: r.endsOn,
    cities: Number(r.cities),
    actions: Number(r.actions),
    overdueActions: Number(r.overdueActions),
    missedCheckIns: Number(r.missedCheckIns),
    openSupport: Number(r.openSupport),
  }));
}
