import { isCoordinator, type Actor } from '../accounts/actor.ts';
import type { TwinningParties } from './twinning-access.queries.ts';

// Who may see and change a twinning project (issue 5, item 12). Pure: the facts come from
// twinning-access.queries.ts.

/**
 * Members of the cities involved, the facilitator, editors of a supporting partner and
 * programme coordinators see a project.
 */
export function canViewTwinning(actor: Actor | null, p: TwinningParties): boolean {
  if (!actor) return false;
  if (isCoordinator(actor) || canChangeTwinning(actor, p)) return true;
  if (actor.organisationId !== null && p.cityIds.includes(actor.organisationId)) return true;
  return actor.partnerOrganisationId !== null && p.partnerIds.includes(actor.partnerOrganisationId);
}

/** Only the cities' coordinators and the project's facilitator change it. */
export function canChangeTwinning(actor: Actor | null, p: TwinningParties): boolean {
  if (!actor) return false;
  return p.facilitatorId === actor.id || p.coordinatedCityIds.length > 0;
}

/** Support requests are answered by supporting partners' editors, coordinators and the facilitator. */
export function canAnswerSupport(actor: Actor | null, p: TwinningParties): boolean {
  if (!actor) return false;
  if (isCoordinator(actor) || p.facilitatorId === actor.id) return true;
  return actor.partnerOrganisationId !== null && p.partnerIds.includes(actor.partnerOrganisationId);
}
