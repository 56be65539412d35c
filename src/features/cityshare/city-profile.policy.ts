import { hasRole, isCoordinator, type Actor } from '../accounts/actor.ts';

// Who may do what with a city's CityShare pages (issue 5, items 1, 2 and 6). Pure: the facts
// about the actor and the city come from city-profile.service.ts.

export interface CityRelation {
  /** The official belongs to the city (users.organisation_id). */
  isMember: boolean;
  /** The official is one of the city's coordinators. */
  isCityCoordinator: boolean;
}

/** The city's coordinators and programme coordinators edit its profile, assessment and coordinators. */
export function canEditCity(actor: Actor | null, rel: CityRelation): boolean {
  return actor !== null && (rel.isCityCoordinator || isCoordinator(actor));
}

/** Members see who else belongs to the city; so do those who name its coordinators. */
export function canSeeMembers(actor: Actor | null, rel: CityRelation): boolean {
  return actor !== null && (rel.isMember || canEditCity(actor, rel));
}

/** Only a programme coordinator may remove a city's last coordinator (the city keeps an editor). */
export function canRemoveLastCoordinator(actor: Actor | null): boolean {
  return isCoordinator(actor);
}

/** A private assessment: the city's members, facilitators and programme coordinators only. */
export function canSeePrivateAssessment(actor: Actor | null, rel: CityRelation): boolean {
  if (!actor) return false;
  return rel.isMember || hasRole(actor, 'facilitator') || isCoordinator(actor);
}
