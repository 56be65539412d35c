import type { Db } from '../../db/database.ts';

// The daily sweep's statements: which check-ins need a reminder and claiming one for today.

export interface CheckInToRemind {
  id: number;
  twinningId: number;
  slug: string;
  title: string;
  dueOn: string;
  facilitatorId: number | null;
}

/** Open check-ins of active projects due by `horizon` and not yet reminded today. */
export async function selectCheckInsToRemind(
  db: Db,
  today: string,
  horizon: string,
): Promise<CheckInToRemind[]> {
  return db
    .selectFrom('check_ins as c')
    .innerJoin('twinnings as t', 't.id', 'c.twinning_id')
    .select([
      'c.id',
      'c.twinning_id as twinningId',
      't.slug',
      't.title',
      'c.due_on as dueOn',
      't.facilitator_id as facilitatorId',
    ])
    .where('c.submitted_at', 'is', null)
    .where('c.due_on', '<=', horizon)
    .where('t.status', '=', 'active')
    .where((eb) => eb.or([eb('c.reminded_on', 'is', null), eb('c.reminded_on', '<', today)]))
    .orderBy('c.due_on')
    .orderBy('c.id')
    .execute();
}

/** Claims today's reminder of a check-in; false when another worker already has. */
export async function claimCheckInReminder(db: Db, id: number, today: string): Promise<boolean> {
  const r = await db
    .updateTable('check_ins')
    .set({ reminded_on: today })
    .where('id', '=', id)
    .where('submitted_at', 'is', null)
    .where((eb) => eb.or([eb('reminded_on', 'is', null), eb('reminded_on', '<', today)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The project's cities, whose coordinators are reminded. */
export async function selectTwinningCityIds(db: Db, twinningId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('twinning_cities')
    .select('organisation_id')
    .where('twinning_id', '=', twinningId)
    .execute();
  return rows.map((r) => r.organisation_id);
}
