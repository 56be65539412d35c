import type { Db } from '../../db/database.ts';

// Writing a new twinning project with its cities and partners, and the rows of its plan that
// tests, demo data and the editors all add: actions, milestones and scheduled check-ins.

export interface NewTwinning {
  slug: string;
  title: string;
  objectives: string;
  status: 'proposed' | 'active' | 'completed' | 'cancelled';
  startsOn: string;
  endsOn: string;
  facilitatorId: number | null;
  exchangeId: number | null;
  checkInEveryMonths: number;
  cityIds: number[];
  partnerIds: number[];
  isDemo: boolean;
  createdBy: number | null;
}

/** Inserts the project, its cities (unconfirmed) and partners; call inside a transaction. */
export async function insertTwinning(db: Db, t: NewTwinning, now: string): Promise<number> {
  const { id } = await db
    .insertInto('twinnings')
    .values({
      slug: t.slug,
      title: t.title,
      objectives: t.objectives,
      status: t.status,
      starts_on: t.startsOn,
      ends_on: t.endsOn,
      facilitator_id: t.facilitatorId,
      exchange_id: t.exchangeId,
      check_in_every_months: t.checkInEveryMonths,
      is_demo: t.isDemo ? 1 : 0,
      created_by: t.createdBy,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (t.cityIds.length > 0)
    await db
      .insertInto('twinning_cities')
      .values(t.cityIds.map((organisation_id) => ({ twinning_id: id, organisation_id })))
      .execute();
  if (t.partnerIds.length > 0)
    await db
      .insertInto('twinning_partners')
      .values(t.partnerIds.map((organisation_id) => ({ twinning_id: id, organisation_id })))
      .execute();
  return id;
}

export async function confirmTwinningCity(
  db: Db,
  twinningId: number,
  organisationId: number,
  userId: number,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('twinning_cities')
    .set({ confirmed_at: now, confirmed_by: userId })
    .where('twinning_id', '=', twinningId)
    .where('organisation_id', '=', organisationId)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export interface NewAction {
  title: string;
  description: string;
  ownerOrganisationId: number;
  ownerUserId: number | null;
  dueOn: string;
  status: 'planned' | 'in_progress' | 'done' | 'blocked' | 'cancelled';
  costAmount: number | null;
  costCurrency: string;
  fundingSource: string;
  indicator: string;
  baseline: number | null;
  target: number | null;
  currentValue: number | null;
  risks: string;
}

/** The columns of an action that its form sets, for inserting and updating it. */
export function actionColumns(a: NewAction) {
  return {
    title: a.title,
    description: a.description,
    owner_organisation_id: a.ownerOrganisationId,
    owner_user_id: a.ownerUserId,
    due_on: a.dueOn,
    status: a.status,
    cost_amount: a.costAmount,
    cost_currency: a.costCurrency,
    funding_source: a.fundingSource,
    indicator: a.indicator,
    baseline: a.baseline,
    target: a.target,
    current_value: a.currentValue,
    risks: a.risks,
  };
}

/** Appends an action at the end of the plan. */
export async function insertAction(
  db: Db,
  twinningId: number,
  a: NewAction,
  now: string,
): Promise<number> {
  const last = await db
    .selectFrom('twinning_actions')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('twinning_id', '=', twinningId)
    .executeTakeFirst();
  const { id } = await db
    .insertInto('twinning_actions')
    .values({
      twinning_id: twinningId,
      position: Number(last?.p ?? 0) + 1,
      ...actionColumns(a),
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertMilestone(
  db: Db,
  twinningId: number,
  m: { title: string; dueOn: string; reachedOn: string | null },
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('twinning_milestones')
    .values({
      twinning_id: twinningId,
      title: m.title,
      due_on: m.dueOn,
      reached_on: m.reachedOn,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Schedules check-ins on the given dates; dates already scheduled are left as they are. */
export async function insertCheckIns(
  db: Db,
  twinningId: number,
  dueDates: string[],
  now: string,
): Promise<void> {
  if (dueDates.length === 0) return;
  await db
    .insertInto('check_ins')
    .values(dueDates.map((due_on) => ({ twinning_id: twinningId, due_on, created_at: now })))
    .onConflict((oc) => oc.columns(['twinning_id', 'due_on']).doNothing())
    .execute();
}
