import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { actsForOrganisation } from './library.policy.ts';
import * as q from './changes.queries.ts';
import { loadVisibleResource, type EditableResource } from './resource-edit.service.ts';

export type { ChangeRow } from './changes.queries.ts';

// A resource's record of changes, for its organisation's editors and coordinators.

const LIMIT = 500;

/** The record of changes, newest first; 404 for what the actor may not see, 403 for others. */
export async function getChanges(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ resource: EditableResource; changes: q.ChangeRow[] }> {
  const resource = await loadVisibleResource(deps, actor, slug);
  if (!actsForOrganisation(actor, resource.organisationId))
    throw new AppError('FORBIDDEN', 'library-edit.errors.notYours');
  return { resource, changes: await q.selectChanges(deps.db, resource.id, LIMIT) };
}
