import type { Db } from '../../db/database.ts';

// Check-ins of a twinning project: the list, one report with its indicator updates, and the
// submission (a conditional update, so a second submission changes nothing).

export interface CheckInRow {
  id: number;
  dueOn: string;
  submittedAt: string | null;
  reporterName: string | null;
  cityName: string | null;
}

export interface CheckInReport extends CheckInRow {
  progress: string;
  blockers: string;
  indicators: Array<{ actionId: number; title: string; indicator: string; value: number }>;
}

export interface IndicatorAction {
  id: number;
  title: string;
  indicator: string;
  baseline: number | null;
  target: number | null;
  currentValue: number | null;
}

function checkIns(db: Db) {
  return db
    .selectFrom('check_ins as c')
    .leftJoin('users as u', 'u.id', 'c.submitted_by')
    .leftJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select([
      'c.id',
      'c.due_on as dueOn',
      'c.submitted_at as submittedAt',
      'u.name as reporterName',
      'o.name as cityName',
    ]);
}

/** The project's check-ins in date order. */
export async function selectCheckIns(db: Db, twinningId: number): Promise<CheckInRow[]> {
  return checkIns(db)
    .where('c.twinning_id', '=', twinningId)
    .orderBy('c.due_on')
    .orderBy('c.id')
    .execute();
}

export async function selectCheckIn(
  db: Db,
  twinningId: number,
  id: number,
): Promise<CheckInReport | undefined> {
  const row = await checkIns(db)
    .select(['c.progress', 'c.blockers'])
    .where('c.twinning_id', '=', twinningId)
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const indicators = await db
    .selectFrom('check_in_indicators as i')
    .innerJoin('twinning_actions as a', 'a.id', 'i.action_id')
    .select(['i.action_id as actionId', 'a.title', 'a.indicator', 'i.value'])
    .where('i.check_in_id', '=', id)
    .orderBy('a.position')
    .execute();
  return { ...row, indicators: indicators.map((i) => ({ ...i, value: Number(i.value) })) };
}

const num = (v: number | string | null) => (v === null ? null : Number(v));

/** The project's actions that have an indicator, in plan order. */
export async function selectIndicatorActions(
  db: Db,
  twinningId: number,
): Promise<IndicatorAction[]> {
  const rows = await db
    .selectFrom('twinning_actions')
    .select(['id', 'title', 'indicator', 'baseline', 'target', 'current_value'])
    .where('twinning_id', '=', twinningId)
    .where('indicator', '<>', '')
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    indicator: r.indicator,
    baseline: num(r.baseline),
    target: num(r.target),
    currentValue: num(r.current_value),
  }));
}

/** Marks the check-in submitted unless it already is; false when someone was first. */
export async function markCheckInSubmitted(
  db: Db,
  c: {
    id: number;
    twinningId: number;
    userId: number;
    cityId: number;
    progress: string;
    blockers: string;
  },
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('check_ins')
    .set({
      submitted_at: now,
      submitted_by: c.userId,
      organisation_id: c.cityId,
      progress: c.progress,
      blockers: c.blockers,
    })
    .where('id', '=', c.id)
    .where('twinning_id', '=', c.twinningId)
    .where('submitted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Records the reported values and makes them the actions' current values; call in the transaction. */
export async function recordIndicatorValues(
  db: Db,
  checkInId: number,
  twinningId: number,
  values: Array<{ actionId: number; value: number }>,
  now: string,
): Promise<void> {
  if (values.length === 0) return;
  await db
    .insertInto('check_in_indicators')
    .values(values.map((v) => ({ check_in_id: checkInId, action_id: v.actionId, value: v.value })))
    .execute();
  for (const v of values)
    await db
      .updateTable('twinning_actions')
      .set({ current_value: v.value, updated_at: now })
      .where('id', '=', v.actionId)
      .where('twinning_id', '=', twinningId)
      .execute();
}
