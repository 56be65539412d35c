import { hasRole, isCoordinator, type Actor } from '../accounts/actor.ts';
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

/**
 * Facilitators and programme coordinators start projects. City coordinators do not propose one
 * themselves: a project is carried by a facilitator, and the cities confirm (issue 5, item 8).
 */
export function canCreateTwinning(actor: Actor | null): boolean {
  return hasRole(actor, 'facilitator') || isCoordinator(actor);
}

/** The facilitator (or, above them, programme coordinators) activates, completes or cancels. */
export function canSetTwinningStatus(actor: Actor | null, p: TwinningParties): boolean {
  if (!actor) return false;
  return p.facilitatorId === actor.id || isCoordinator(actor);
}

/** The public summary is written by the facilitator or programme coordinators. */
export function canWriteSummary(actor: Actor | null, p: TwinningParties): boolean {
  return canSetTwinningStatus(actor, p);
}

/** A city's coordinators confirm its participation and agree to publish the summary. */
export function canActForCity(p: TwinningParties, cityId: number): boolean {
  return p.coordinatedCityIds.includes(cityId);
}
