import type { Db } from './database.ts';

// Rows kept in order within a parent (a course's modules, a module's lessons, a quiz's questions,
// a question's choices, an event's registration questions): positions 1, 2, 3… and unique per
// parent (an index says so). These statements keep them so, inside the caller's transaction.

const PARENT = {
  course_modules: 'course_id',
  lessons: 'module_id',
  quiz_questions: 'lesson_id',
  quiz_choices: 'question_id',
  event_questions: 'event_id',
} as const;
export type OrderedTable = keyof typeof PARENT;

/** The position after the parent's last row. */
export async function nextPosition(db: Db, table: OrderedTable, parentId: number): Promise<number> {
  const last = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('position').as('n'))
    .where(PARENT[table], '=', parentId)
    .executeTakeFirst();
  return Number(last?.n ?? 0) + 1;
}

/**
 * Swaps a row with its neighbour above or below; false when it has none. The row passes through
 * a negative position so that the unique index never sees two at one place.
 */
export async function swapWithNeighbour(
  db: Db,
  table: OrderedTable,
  row: { id: number; parentId: number; position: number },
  direction: 'up' | 'down',
): Promise<boolean> {
  const target = direction === 'up' ? row.position - 1 : row.position + 1;
  const neighbour = await db
    .selectFrom(table)
    .select('id')
    .where(PARENT[table], '=', row.parentId)
    .where('position', '=', target)
    .executeTakeFirst();
  if (!neighbour || target < 1) return false;
  await db.updateTable(table).set({ position: -row.position }).where('id', '=', row.id).execute();
  await db
    .updateTable(table)
    .set({ position: row.position })
    .where('id', '=', neighbour.id)
    .execute();
  await db.updateTable(table).set({ position: target }).where('id', '=', row.id).execute();
  return true;
}

/** Deletes a row and moves the ones after it up, keeping positions 1, 2, 3… */
export async function deleteAndClose(
  db: Db,
  table: OrderedTable,
  row: { id: number; parentId: number; position: number },
): Promise<void> {
  const parent = PARENT[table];
  await db.deleteFrom(table).where('id', '=', row.id).execute();
  // Two steps through negative numbers: the unique index never sees two rows at one place.
  await db
    .updateTable(table)
    .set((eb) => ({ position: eb.neg(eb.ref('position')) }))
    .where(parent, '=', row.parentId)
    .where('position', '>', row.position)
    .execute();
  await db
    .updateTable(table)
    .set((eb) => ({ position: eb(eb.neg(eb.ref('position')), '-', 1) }))
    .where(parent, '=', row.parentId)
    .where('position', '<', 0)
    .execute();
}
