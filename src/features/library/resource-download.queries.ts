import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

// SQL of download counts: one row per resource and UTC month, counted by an upsert so that
// simultaneous downloads each count once.

/** Counts one download of the resource in `month` (YYYY-MM). */
export async function countDownload(db: Db, resourceId: number, month: string): Promise<void> {
  await db
    .insertInto('resource_downloads')
    .values({ resource_id: resourceId, month, count: 1 })
    .onConflict((oc) =>
      oc
        .columns(['resource_id', 'month'])
        .doUpdateSet({ count: sql<number>`resource_downloads.count + 1` }),
    )
    .execute();
}

/** The resource's downloads per month from `fromMonth` (YYYY-MM) on. */
export async function selectMonthlyDownloads(
  db: Db,
  resourceId: number,
  fromMonth: string,
): Promise<Array<{ month: string; count: number }>> {
  const rows = await db
    .selectFrom('resource_downloads')
    .select(['month', 'count'])
    .where('resource_id', '=', resourceId)
    .where('month', '>=', fromMonth)
    .execute();
  return rows.map((r) => ({ month: r.month, count: Number(r.count) }));
}

/** All downloads of the resource ever. */
export async function selectTotalDownloads(db: Db, resourceId: number): Promise<number> {
  const row = await db
    .selectFrom('resource_downloads')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('count'), sql<number>`0`).as('total'))
    .where('resource_id', '=', resourceId)
    .executeTakeFirst();
  return Number(row?.total ?? 0);
}
