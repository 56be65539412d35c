import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { canEditResource } from './library.policy.ts';
import { loadVisibleResource } from './resource-page.service.ts';
import * as q from './resource-uses.queries.ts';
import type { UseInput } from './resource-uses.schema.ts';
import { insertResourceChange } from './resource-write.queries.ts';

// Where a resource is used: its editors and coordinators link it to courses, events and practices
// and remove those links; each change is recorded.

const KINDS: q.UseKind[] = ['course', 'event', 'practice'];
const UNKNOWN: Record<q.UseKind, string> = {
  course: 'resources.uses.errors.unknownCourse',
  event: 'resources.uses.errors.unknownEvent',
  practice: 'resources.uses.errors.unknownPractice',
};

/** The resource if the actor may change where it is used: 401, 404 (may not see), 403. */
async function loadEditable(deps: Deps, actor: Actor | null, slug: string) {
  const me = requireActor(actor);
  const resource = await loadVisibleResource(deps, me, slug);
  if (!canEditResource(me, resource)) throw new AppError('FORBIDDEN', 'resources.errors.notEditor');
  return { me, resource };
}

/** Checks, before a form is read, that the actor may change where the resource is used. */
export async function requireUsesEditor(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<void> {
  await loadEditable(deps, actor, slug);
}

/**
 * Links the resource to each chosen course, event and practice (VALIDATION naming the field of
 * one that cannot be chosen). Returns how many links were new; one listed already stays one row.
 */
export async function addResourceUses(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: UseInput,
): Promise<{ added: number; already: number }> {
  const { me, resource } = await loadEditable(deps, actor, slug);
  const chosen = KINDS.flatMap((kind) => {
    const id = input[kind];
    return id === undefined ? [] : [{ kind, id }];
  });
  const fields: Record<string, string> = {};
  for (const { kind, id } of chosen)
    if (!(await q.isChoosable(deps.db, kind, id))) fields[kind] = UNKNOWN[kind];
  if (Object.keys(fields).length > 0)
    throw new AppError('VALIDATION', 'common.form.fixErrors', { fields });
  const at = nowIso();
  return deps.db.transaction().execute(async (tx) => {
    let added = 0;
    for (const { kind, id } of chosen) {
      const useId = await q.insertUse(
        tx,
        { resourceId: resource.id, kind, subjectId: id, createdBy: me.id },
        at,
      );
      if (useId === undefined) continue;
      added++;
      await insertResourceChange(
        tx,
        { resourceId: resource.id, actorId: me.id, action: 'use_added', details: { [kind]: id } },
        at,
      );
    }
    return { added, already: chosen.length - added };
  });
}

/** Removes one use of the resource (NOT_FOUND for no such use of it) and records the change. */
export async function removeResourceUse(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  useId: number | undefined,
): Promise<void> {
  const { me, resource } = await loadEditable(deps, actor, slug);
  const at = nowIso();
  await deps.db.transaction().execute(async (tx) => {
    const removed = useId === undefined ? undefined : await q.deleteUse(tx, resource.id, useId);
    if (!removed) throw new AppError('NOT_FOUND', 'resources.errors.useNotFound');
    await insertResourceChange(
      tx,
      {
        resourceId: resource.id,
        actorId: me.id,
        action: 'use_removed',
        details: { [removed.kind]: removed.subjectId },
      },
      at,
    );
  });
}
