import type { Db } from '../../db/database.ts';

// SQL for a course's modules and lessons. Positions are 1, 2, 3… within their parent and unique
// (an index says so); reordering and deleting keep them so, inside the caller's transaction.

export interface ModuleRow {
  id: number;
  courseId: number;
  position: number;
  titles: Record<string, string>;
}

export function group<T extends { id: number }>(
  rows: T[],
  texts: Array<{ id: number; language: string; title: string }>,
): Array<T & { titles: Record<string, string> }> {
  const titles = new Map<number, Record<string, string>>();
  for (const t of texts) titles.set(t.id, { ...titles.get(t.id), [t.language]: t.title });
  return rows.map((r) => ({ ...r, titles: titles.get(r.id) ?? {} }));
}

export async function selectModules(db: Db, courseId: number): Promise<ModuleRow[]> {
  const rows = await db
    .selectFrom('course_modules')
    .select(['id', 'course_id as courseId', 'position'])
    .where('course_id', '=', courseId)
    .orderBy('position')
    .execute();
  const texts = await db
    .selectFrom('course_module_translations as t')
    .innerJoin('course_modules as m', 'm.id', 't.module_id')
    .select(['t.module_id as id', 't.language', 't.title'])
    .where('m.course_id', '=', courseId)
    .execute();
  return group(rows, texts);
}

export async function selectModule(
  db: Db,
  id: number,
): Promise<{ id: number; courseId: number; position: number } | undefined> {
  return db
    .selectFrom('course_modules')
    .select(['id', 'course_id as courseId', 'position'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A module at the end of the course, titled in one language. */
export async function insertModule(
  db: Db,
  courseId: number,
  text: { language: string; title: string },
): Promise<number> {
  const last = await db
    .selectFrom('course_modules')
    .select((eb) => eb.fn.max('position').as('n'))
    .where('course_id', '=', courseId)
    .executeTakeFirst();
  const { id } = await db
    .insertInto('course_modules')
    .values({ course_id: courseId, position: Number(last?.n ?? 0) + 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await upsertModuleTitle(db, id, text);
  return id;
}

export async function upsertModuleTitle(
  db: Db,
  moduleId: number,
  text: { language: string; title: string },
): Promise<void> {
  await db
    .insertInto('course_module_translations')
    .values({ module_id: moduleId, language: text.language, title: text.title })
    .onConflict((oc) => oc.columns(['module_id', 'language']).doUpdateSet({ title: text.title }))
    .execute();
}

type Ordered = 'course_modules' | 'lessons';
const PARENT = { course_modules: 'course_id', lessons: 'module_id' } as const;

/**
 * Swaps a module (or lesson) with its neighbour above or below; false when it has none. The row
 * passes through a negative position so that the unique index never sees two at one place.
 */
export async function swapWithNeighbour(
  db: Db,
  table: Ordered,
  row: { id: number; parentId: number; position: number },
  direction: 'up' | 'down',
): Promise<boolean> {
  const target = direction === 'up' ? row.position - 1 : row.position + 1;
  const parent = PARENT[table];
  const neighbour = await db
    .selectFrom(table)
    .select('id')
    .where(parent, '=', row.parentId)
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

/** Deletes a module (or lesson) and moves the ones after it up, keeping positions 1, 2, 3… */
export async function deleteAndClose(
  db: Db,
  table: Ordered,
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
