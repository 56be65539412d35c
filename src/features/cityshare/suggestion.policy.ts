import { hasRole, isCoordinator, type Actor } from '../accounts/actor.ts';

// Who sees what of suggestions (issue 5, items 4 and 6). Pure: the facts come from the service.

/** Facilitators and programme coordinators (admins included) see private assessments too. */
export function canSeePrivateAssessments(actor: Actor | null): boolean {
  return hasRole(actor, 'facilitator') || isCoordinator(actor);
}

/** A city's suggestions: its members, its city coordinators, facilitators and coordinators. */
export function canSeeSuggestions(
  actor: Actor | null,
  cityId: number,
  coordinatedCityIds: readonly number[],
): boolean {
  if (!actor) return false;
  if (canSeePrivateAssessments(actor)) return true;
  return actor.organisationId === cityId || coordinatedCityIds.includes(cityId);
}

/** Facilitators (and coordinators) open exchanges, so they get the "propose" link. */
export function canProposeExchange(actor: Actor | null): boolean {
  return canSeePrivateAssessments(actor);
}
