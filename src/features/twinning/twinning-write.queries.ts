import type { Db } from '../../db/database.ts';
import { CITY_KINDS } from '../cityshare/city-members.queries.ts';
import { actionColumns, type NewAction } from './twinning-create.queries.ts';

// Changing a project after its creation: status, the public summary and the cities' consent to
// publish it, actions and milestones. Every write names the project, so an id from another
// project changes nothing.

/** Sets the status when it is one of `from`; false when it was not (already changed). */
export async function updateTwinningStatus(
  db: Db,
  id: number,
  from: string[],
  to: string,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('twinnings')
    .set({ status: to, updated_at: now })
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Whether every city of the project has confirmed. */
export async function allCitiesConfirmed(db: Db, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('twinning_cities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('twinning_id', '=', id)
    .where('confirmed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

export async function updatePublishesSummary(
  db: Db,
  id: number,
  cityId: number,
  publishes: boolean,
): Promise<boolean> {
  const r = await db
    .updateTable('twinning_cities')
    .set({ publishes_summary: publishes ? 1 : 0 })
    .where('twinning_id', '=', id)
    .where('organisation_id', '=', cityId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function updatePublicSummary(
  db: Db,
  id: number,
  text: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('twinnings')
    .set({ public_summary: text, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function updateAction(
  db: Db,
  twinningId: number,
  actionId: number,
  a: NewAction,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('twinning_actions')
    .set({ ...actionColumns(a), updated_at: now })
    .where('twinning_id', '=', twinningId)
    .where('id', '=', actionId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteAction(db: Db, twinningId: number, actionId: number): Promise<boolean> {
  const r = await db
    .deleteFrom('twinning_actions')
    .where('twinning_id', '=', twinningId)
    .where('id', '=', actionId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function updateMilestone(
  db: Db,
  twinningId: number,
  milestoneId: number,
  m: { title: string; dueOn: string; reachedOn: string | null },
): Promise<boolean> {
  const r = await db
    .updateTable('twinning_milestones')
    .set({ title: m.title, due_on: m.dueOn, reached_on: m.reachedOn })
    .where('twinning_id', '=', twinningId)
    .where('id', '=', milestoneId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The coordinators of the given cities, to ask them to confirm a new project. */
export async function selectCoordinatorContacts(
  db: Db,
  cityIds: number[],
): Promise<Array<{ id: number; name: string; cityId: number; cityName: string }>> {
  if (cityIds.length === 0) return [];
  const rows = await db
    .selectFrom('city_coordinators as cc')
    .innerJoin('users as u', 'u.id', 'cc.user_id')
    .innerJoin('organisations as o', 'o.id', 'cc.organisation_id')
    .select(['u.id', 'u.name', 'o.id as city_id', 'o.name as city_name'])
    .where('cc.organisation_id', 'in', cityIds)
    .where('u.is_disabled', '=', 0)
    .orderBy('u.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, cityId: r.city_id, cityName: r.city_name }));
}

/**
 * Projects the same official created with this title since `since`, with their cities: a second
 * submission of the same form finds the first project instead of making another.
 */
export async function selectRecentByCreator(
  db: Db,
  createdBy: number,
  title: string,
  since: string,
): Promise<Array<{ id: number; slug: string; cityIds: number[] }>> {
  const rows = await db
    .selectFrom('twinnings')
    .select(['id', 'slug'])
    .where('created_by', '=', createdBy)
    .where('title', '=', title)
    .where('created_at', '>=', since)
    .execute();
  const out = [];
  for (const r of rows) {
    const cities = await db
      .selectFrom('twinning_cities')
      .select('organisation_id')
      .where('twinning_id', '=', r.id)
      .execute();
    out.push({ ...r, cityIds: cities.map((c) => c.organisation_id) });
  }
  return out;
}

/** Which of the ids are cities (local or regional authorities), partners or facilitators. */
export async function selectKnownIds(
  db: Db,
  ids: { cities: number[]; partners: number[]; facilitator: number },
): Promise<{ cities: number[]; partners: number[]; facilitator: boolean }> {
  const [cities, partners, facilitator] = await Promise.all([
    ids.cities.length === 0
      ? []
      : db
          .selectFrom('organisations')
          .select('id')
          .where('id', 'in', ids.cities)
          .where('kind', 'in', [...CITY_KINDS])
          .execute(),
    ids.partners.length === 0
      ? []
      : db
          .selectFrom('organisations')
          .select('id')
          .where('id', 'in', ids.partners)
          .where('is_partner', '=', 1)
          .execute(),
    db
      .selectFrom('user_roles as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select('u.id')
      .where('r.user_id', '=', ids.facilitator)
      .where('r.role', '=', 'facilitator')
      .where('u.is_disabled', '=', 0)
      .executeTakeFirst(),
  ]);
  return {
    cities: cities.map((r) => r.id),
    partners: partners.map((r) => r.id),
    facilitator: facilitator !== undefined,
  };
}
