import type { Deps } from '../../deps.ts';
import { isCoordinator, type Actor } from '../accounts/actor.ts';
import { selectTwinningParties } from './twinning-access.queries.ts';
import * as q from './twinning-discussion.queries.ts';
import { canViewTwinning } from './twinning.policy.ts';

// Reads about twinning projects for their discussions (src/features/discussions/subjects.ts).

/**
 * Who may discuss a project (by id): whoever may see it reads and posts; its facilitator and
 * coordinators moderate. Undefined when there is no such project.
 */
export async function twinningDiscussionRights(
  deps: Deps,
  actor: Actor,
  twinningId: number,
): Promise<{ read: boolean; post: boolean; moderate: boolean } | undefined> {
  const parties = await selectTwinningParties(deps.db, twinningId, actor.id);
  if (!parties) return undefined;
  const read = canViewTwinning(actor, parties);
  const moderate = read && (isCoordinator(actor) || parties.facilitatorId === actor.id);
  return { read, post: read, moderate };
}

/** The project's title and slug, or undefined. */
export function twinningName(deps: Deps, twinningId: number) {
  return q.selectTwinningName(deps.db, twinningId);
}

/** The project's facilitator or null (told when a post in its discussions is reported). */
export function twinningFacilitatorId(deps: Deps, twinningId: number) {
  return q.selectTwinningFacilitatorId(deps.db, twinningId);
}

/** The officials of the project's cities, by name. */
export function twinningMembers(deps: Deps, twinningId: number) {
  return q.selectTwinningMembers(deps.db, twinningId);
}

/** The projects an official facilitates, or whose cities or partners include theirs. */
export function twinningIdsOf(deps: Deps, actor: Actor) {
  return q.selectTwinningIdsOf(
    deps.db,
    actor.id,
    actor.organisationId,
    actor.partnerOrganisationId,
  );
}
