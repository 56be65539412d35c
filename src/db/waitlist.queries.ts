import type { Db } from './database.ts';

// The waiting lists of runs (enrolments) and of events (registrations) work alike: first in line
// is the oldest waitlisted_at, then the lowest id.

const LISTS = {
  enrolments: 'run_id',
  registrations: 'event_id',
} as const;
export type WaitingList = keyof typeof LISTS;

/** The id of the first in line for the run or event, if anyone waits. */
export async function selectFirstWaitlisted(
  db: Db,
  table: WaitingList,
  parentId: number,
): Promise<number | undefined> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where(LISTS[table], '=', parentId)
    .where('status', '=', 'waitlisted')
    .orderBy('waitlisted_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

/** How many wait ahead of this row, plus one: its place in line. */
export async function selectWaitlistPlace(
  db: Db,
  table: WaitingList,
  row: { id: number; parentId: number; waitlistedAt: string | null },
): Promise<number> {
  const at = row.waitlistedAt ?? '';
  const counted = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(LISTS[table], '=', row.parentId)
    .where('status', '=', 'waitlisted')
    .where((eb) =>
      eb.or([
        eb('waitlisted_at', '<', at),
        eb.and([eb('waitlisted_at', '=', at), eb('id', '<', row.id)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(counted.n) + 1;
}
