import { hasRole, isCoordinator, type Actor } from '../accounts/actor.ts';

// Who sees the CityShare dashboard, and of which projects.

/** Facilitators (their own exchanges and projects) and programme coordinators (all). */
export function canSeeFollowUpDashboard(actor: Actor | null): boolean {
  return hasRole(actor, 'facilitator') || isCoordinator(actor);
}

/** The facilitator whose projects the dashboard shows; null for every project. */
export function dashboardScope(actor: Actor): number | null {
  return isCoordinator(actor) ? null : actor.id;
}
