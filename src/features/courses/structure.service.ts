import { isUniqueViolation, nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import * as q from './courses.queries.ts';
import { canDeleteContent } from './courses.policy.ts';
import { parseId, type ModuleInput } from './courses.schema.ts';
import { loadEditableCourse, requireAuthor } from './courses.service.ts';
import * as s from './structure.queries.ts';

// Modules of a course: add, rename, reorder and delete. Each change is one transaction, audited,
// that first touches the course row: on PostgreSQL this locks it, so changes to one course queue up.

// Two editors adding a module at once may pick the same place; the unique index refuses one, which
// then tries again at the new end.
const ADD_ATTEMPTS = 5;

export async function retryOnDuplicate<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= ADD_ATTEMPTS) throw err;
    }
  }
}

/** A module the actor may change, with its course; 404 when it does not exist. */
export async function loadModule(deps: Deps, actor: Actor | null, id: string) {
  requireAuthor(actor);
  const moduleId = parseId(id);
  const found = moduleId === null ? undefined : await s.selectModule(deps.db, moduleId);
  if (!found) throw new AppError('NOT_FOUND', 'courses.errors.moduleNotFound');
  const { who, course } = await loadEditableCourse(deps, actor, found.courseId, 'change');
  return { who, course, module: found };
}

/** Adds a module at the end of the course. */
export async function addModule(
  deps: Deps,
  actor: Actor | null,
  courseId: number,
  input: ModuleInput,
): Promise<void> {
  const { who, course } = await loadEditableCourse(deps, actor, courseId, 'change');
  await retryOnDuplicate(() =>
    deps.db.transaction().execute(async (tx) => {
      await q.touchCourse(tx, course.id, nowIso());
      const now = nowIso();
      const id = await s.insertModule(tx, course.id, input);
      await q.insertAuditEvent(
        tx,
        {
          actorId: who.id,
          action: 'course.module.add',
          subjectId: course.id,
          details: { moduleId: id },
        },
        now,
      );
    }),
  );
}

/** Titles a module in one language. */
export async function renameModule(
  deps: Deps,
  actor: Actor | null,
  moduleId: string,
  input: ModuleInput,
): Promise<{ courseId: number }> {
  const { course, module } = await loadModule(deps, actor, moduleId);
  await deps.db.transaction().execute(async (tx) => {
    await q.touchCourse(tx, course.id, nowIso());
    await s.upsertModuleTitle(tx, module.id, input);
  });
  return { courseId: course.id };
}

/** Moves a module one place up or down; the first cannot go up, nor the last down (400). */
export async function moveModule(
  deps: Deps,
  actor: Actor | null,
  moduleId: string,
  direction: 'up' | 'down',
): Promise<{ courseId: number }> {
  const { course, module } = await loadModule(deps, actor, moduleId);
  await deps.db.transaction().execute(async (tx) => {
    await q.touchCourse(tx, course.id, nowIso());
    // Read again inside the transaction: another move may have happened since.
    const current = await s.selectModule(tx, module.id);
    const moved =
      current !== undefined &&
      (await s.swapWithNeighbour(
        tx,
        'course_modules',
        { id: current.id, parentId: course.id, position: current.position },
        direction,
      ));
    if (!moved) throw new AppError('VALIDATION', 'courses.errors.cannotMove');
  });
  return { courseId: course.id };
}

/** Deletes a module and its lessons while the course is a draft; audited. */
export async function deleteModule(
  deps: Deps,
  actor: Actor | null,
  moduleId: string,
): Promise<{ courseId: number }> {
  const { who, course, module } = await loadModule(deps, actor, moduleId);
  if (!canDeleteContent(course)) throw new AppError('CONFLICT', 'courses.errors.deleteOnlyDraft');
  await deps.db.transaction().execute(async (tx) => {
    await q.touchCourse(tx, course.id, nowIso());
    const current = await s.selectModule(tx, module.id);
    if (!current) throw new AppError('NOT_FOUND', 'courses.errors.moduleNotFound');
    const now = nowIso();
    await s.deleteAndClose(tx, 'course_modules', {
      id: current.id,
      parentId: course.id,
      position: current.position,
    });
    await q.insertAuditEvent(
      tx,
      {
        actorId: who.id,
        action: 'course.module.delete',
        subjectId: course.id,
        details: { moduleId: module.id },
      },
      now,
    );
  });
  return { courseId: course.id };
}
