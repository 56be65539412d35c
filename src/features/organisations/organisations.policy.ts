import { isCoordinator, type Actor } from '../accounts/actor.ts';

// Who may do what with organisations. The directory and organisation pages are public.

/** Coordinators (and admins) keep the directory: they create and edit organisations. */
export function canEditOrganisation(actor: Actor | null): boolean {
  return isCoordinator(actor);
}
