import { hasRole, isCoordinator, type Actor } from '../accounts/actor.ts';

// Cohort pairing is a facilitator's tool (issue 5, item 5). Pure.

/** Facilitators and programme coordinators (admins included) pair cohorts and see every pairing. */
export function canPair(actor: Actor | null): boolean {
  return hasRole(actor, 'facilitator') || isCoordinator(actor);
}
