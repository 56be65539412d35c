import type { Db } from '../database.ts';

/** Whether any organisation exists: the sign that the database is not fresh. */
export async function hasOrganisations(db: Db): Promise<boolean> {
  const row = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
