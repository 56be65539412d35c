import { isCoordinator, type Actor } from '../accounts/actor.ts';

// Who sees what of the yearly report: everyone the counts, coordinators the events by name.

export function canSeeEventList(actor: Actor | null): boolean {
  return isCoordinator(actor);
}
