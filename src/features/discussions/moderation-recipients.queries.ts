import type { Db } from '../../db/database.ts';

// Who is told about reports when a subject has no moderator of its own (see subjects.ts).

/** The programme's coordinators: told about reports where a subject has no moderator of its own. */
export async function selectCoordinatorIds(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('user_roles')
    .select('user_id')
    .where('role', '=', 'coordinator')
    .distinct()
    .execute();
  return rows.map((r) => r.user_id);
}
