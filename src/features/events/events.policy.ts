import { hasRole, isCoordinator, type Actor } from '../accounts/actor.ts';

// Who may organise events and who may see what of them. Pure functions: services call them first.
// Other event helpers (registration, attendance…) add their rules at the end of this file.

/** What the rules need to know about an event. */
export interface EventAccessFacts {
  status: string;
  /** The owner and every organising partner. */
  organiserIds: readonly number[];
  /** Officials named as the event's facilitators. */
  facilitatorIds: readonly number[];
}

/** Coordinators, and partner editors who act for an organisation, may create events. */
export function canCreateEvents(actor: Actor | null): boolean {
  return (
    isCoordinator(actor) ||
    (hasRole(actor, 'partner_editor') && actor !== null && actor.partnerOrganisationId !== null)
  );
}

/** Organisers: coordinators, and partner editors of the owner or of an organising partner. */
export function canOrganise(actor: Actor | null, event: EventAccessFacts): boolean {
  if (isCoordinator(actor)) return true;
  return (
    actor !== null &&
    hasRole(actor, 'partner_editor') &&
    actor.partnerOrganisationId !== null &&
    event.organiserIds.includes(actor.partnerOrganisationId)
  );
}

/** Organisers and the event's facilitators may mark attendance and see registrations. */
export function canSeeRegistrations(actor: Actor | null, event: EventAccessFacts): boolean {
  return canOrganise(actor, event) || (actor !== null && event.facilitatorIds.includes(actor.id));
}

/** Drafts are seen by their organisers only; published, cancelled and held events by everyone. */
export function canSeeEvent(actor: Actor | null, event: EventAccessFacts): boolean {
  return event.status !== 'draft' || canOrganise(actor, event);
}
