import type { Db } from '../../db/database.ts';
import { insertFacilitators } from './runs.queries.ts';

// SQL for the facilitators of runs, and the officials who may be chosen as one.

export async function replaceFacilitators(db: Db, runId: number, userIds: number[]): Promise<void> {
  await db.deleteFrom('run_facilitators').where('run_id', '=', runId).execute();
  await insertFacilitators(db, runId, userIds);
}

export interface FacilitatorRow {
  runId: number;
  userId: number;
  name: string;
}

/** The facilitators of these runs, by name. */
export async function selectFacilitators(db: Db, runIds: number[]): Promise<FacilitatorRow[]> {
  if (runIds.length === 0) return [];
  return db
    .selectFrom('run_facilitators as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.run_id as runId', 'f.user_id as userId', 'u.name'])
    .where('f.run_id', 'in', runIds)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/** Officials who hold the facilitator role and may sign in: who can be chosen for a run. */
export async function selectFacilitatorChoices(
  db: Db,
): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.name'])
    .where('r.role', '=', 'facilitator')
    .where('u.is_disabled', '=', 0)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}
