import type { Db } from '../../db/database.ts';

// Reading one twinning project: its parties, action plan, milestones and check-in dates.

export interface TwinningCity {
  id: number;
  name: string;
  slug: string;
  confirmedAt: string | null;
  publishesSummary: boolean;
}

export interface TwinningDetail {
  id: number;
  slug: string;
  title: string;
  objectives: string;
  status: string;
  startsOn: string;
  endsOn: string;
  facilitatorId: number | null;
  facilitatorName: string | null;
  checkInEveryMonths: number;
  publicSummary: string;
  isDemo: boolean;
  cities: TwinningCity[];
  partners: Array<{ id: number; name: string; slug: string }>;
}

export interface ActionRow {
  id: number;
  position: number;
  title: string;
  description: string;
  ownerOrganisationId: number;
  ownerCityName: string;
  ownerUserId: number | null;
  ownerUserName: string | null;
  dueOn: string;
  status: string;
  costAmount: number | null;
  costCurrency: string;
  fundingSource: string;
  indicator: string;
  baseline: number | null;
  target: number | null;
  currentValue: number | null;
  risks: string;
}

export interface MilestoneRow {
  id: number;
  title: string;
  dueOn: string;
  reachedOn: string | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export async function selectTwinningDetail(
  db: Db,
  id: number,
): Promise<TwinningDetail | undefined> {
  const t = await db
    .selectFrom('twinnings as t')
    .leftJoin('users as u', 'u.id', 't.facilitator_id')
    .select([
      't.id',
      't.slug',
      't.title',
      't.objectives',
      't.status',
      't.starts_on',
      't.ends_on',
      't.facilitator_id',
      'u.name as facilitator_name',
      't.check_in_every_months',
      't.public_summary',
      't.is_demo',
    ])
    .where('t.id', '=', id)
    .executeTakeFirst();
  if (!t) return undefined;
  const [cities, partners] = await Promise.all([
    db
      .selectFrom('twinning_cities as tc')
      .innerJoin('organisations as o', 'o.id', 'tc.organisation_id')
      .select(['o.id', 'o.name', 'o.slug', 'tc.confirmed_at', 'tc.publishes_summary'])
      .where('tc.twinning_id', '=', id)
      .orderBy('o.name')
      .execute(),
    db
      .selectFrom('twinning_partners as tp')
      .innerJoin('organisations as o', 'o.id', 'tp.organisation_id')
      .select(['o.id', 'o.name', 'o.slug'])
      .where('tp.twinning_id', '=', id)
      .orderBy('o.name')
      .execute(),
  ]);
  return {
    id: t.id,
    slug: t.slug,
    title: t.title,
    objectives: t.objectives,
    status: t.status,
    startsOn: t.starts_on,
    endsOn: t.ends_on,
    facilitatorId: t.facilitator_id,
    facilitatorName: t.facilitator_name,
    checkInEveryMonths: Number(t.check_in_every_months),
    publicSummary: t.public_summary,
    isDemo: Number(t.is_demo) === 1,
    cities: cities.map((c) => ({
      id: c.id,
      name: c.name,
      slug: c.slug,
      confirmedAt: c.confirmed_at,
      publishesSummary: Number(c.publishes_summary) === 1,
    })),
    partners,
  };
}

/** The action plan in its order. */
export async function selectActions(db: Db, twinningId: number): Promise<ActionRow[]> {
  const rows = await db
    .selectFrom('twinning_actions as a')
    .innerJoin('organisations as o', 'o.id', 'a.owner_organisation_id')
    .leftJoin('users as u', 'u.id', 'a.owner_user_id')
    .selectAll('a')
    .select(['o.name as owner_city_name', 'u.name as owner_user_name'])
    .where('a.twinning_id', '=', twinningId)
    .orderBy('a.position')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    position: Number(r.position),
    title: r.title,
    description: r.description,
    ownerOrganisationId: r.owner_organisation_id,
    ownerCityName: r.owner_city_name,
    ownerUserId: r.owner_user_id,
    ownerUserName: r.owner_user_name,
    dueOn: r.due_on,
    status: r.status,
    costAmount: num(r.cost_amount),
    costCurrency: r.cost_currency,
    fundingSource: r.funding_source,
    indicator: r.indicator,
    baseline: num(r.baseline),
    target: num(r.target),
    currentValue: num(r.current_value),
    risks: r.risks,
  }));
}

export async function selectMilestones(db: Db, twinningId: number): Promise<MilestoneRow[]> {
  const rows = await db
    .selectFrom('twinning_milestones')
    .select(['id', 'title', 'due_on', 'reached_on'])
    .where('twinning_id', '=', twinningId)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, dueOn: r.due_on, reachedOn: r.reached_on }));
}

/** The scheduled check-ins (F owns their pages; the timeline shows them). */
export async function selectCheckInDates(
  db: Db,
  twinningId: number,
): Promise<Array<{ dueOn: string; submittedAt: string | null }>> {
  const rows = await db
    .selectFrom('check_ins')
    .select(['due_on', 'submitted_at'])
    .where('twinning_id', '=', twinningId)
    .orderBy('due_on')
    .execute();
  return rows.map((r) => ({ dueOn: r.due_on, submittedAt: r.submitted_at }));
}

/** Members of the given cities (the people an action may be given to). */
export async function selectCityMembers(
  db: Db,
  cityIds: number[],
): Promise<Array<{ id: number; name: string; organisationId: number }>> {
  if (cityIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'organisation_id'])
    .where('organisation_id', 'in', cityIds)
    .where('is_disabled', '=', 0)
    .orderBy('name')
    .limit(2000)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, organisationId: r.organisation_id! }));
}
