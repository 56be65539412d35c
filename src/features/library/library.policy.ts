import { hasRole, isCoordinator, type Actor } from '../accounts/actor.ts';

// Who may see and change a library resource. Partner editors act for their own organisation only;
// coordinators (and admins) for every one.

/** What a policy needs to know of a resource. */
export interface ResourceScope {
  organisationId: number;
  status: string; // draft | in_review | published
}

/** Whether the actor edits for this organisation: its partner editors, and coordinators. */
export function actsForOrganisation(actor: Actor | null, organisationId: number): boolean {
  if (isCoordinator(actor)) return true;
  return (
    actor !== null &&
    hasRole(actor, 'partner_editor') &&
    actor.partnerOrganisationId === organisationId
  );
}

/** Everyone sees a published resource; a draft or one in review only its editors and coordinators. */
export function canSeeResource(actor: Actor | null, r: ResourceScope): boolean {
  return r.status === 'published' || actsForOrganisation(actor, r.organisationId);
}

/** Who may add a resource: coordinators, and partner editors (for their own organisation). */
export function canCreateResource(actor: Actor | null): boolean {
  return (
    isCoordinator(actor) ||
    (actor !== null && hasRole(actor, 'partner_editor') && actor.partnerOrganisationId !== null)
  );
}

/**
 * Who may change a resource (texts, files, where it is used): its organisation's editors while it
 * is a draft or published, coordinators always. One in review waits for the coordinator.
 */
export function canEditResource(actor: Actor | null, r: ResourceScope): boolean {
  if (isCoordinator(actor)) return true;
  return r.status !== 'in_review' && actsForOrganisation(actor, r.organisationId);
}

/** Coordinators publish, send back and unpublish. */
export function canReviewResources(actor: Actor | null): boolean {
  return isCoordinator(actor);
}
