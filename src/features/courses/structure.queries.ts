import type { Db } from '../../db/database.ts';
import { deleteAndClose, nextPosition, swapWithNeighbour } from '../../db/positions.queries.ts';

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
  const position = await nextPosition(db, 'course_modules', courseId);
  const { id } = await db
    .insertInto('course_modules')
    .values({ course_id: courseId, position })
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

// Reordering and deleting modules and lessons: the shared statements for ordered rows.
export { deleteAndClose, swapWithNeighbour };
