import { hasRole, isCoordinator, type Actor } from '../accounts/actor.ts';

// Who may author and review courses. Pure functions: the services call them before anything else.

/** Partner editors (for their organisation) and coordinators write courses. */
export function canAuthor(actor: Actor | null): boolean {
  return (
    isCoordinator(actor) ||
    (hasRole(actor, 'partner_editor') && actor !== null && actor.partnerOrganisationId !== null)
  );
}

/** Coordinators edit every course; a partner editor only their own organisation's. */
export function canEditCourse(actor: Actor | null, course: { organisationId: number }): boolean {
  if (isCoordinator(actor)) return true;
  return (
    actor !== null &&
    hasRole(actor, 'partner_editor') &&
    actor.partnerOrganisationId !== null &&
    actor.partnerOrganisationId === course.organisationId
  );
}

/** Coordinators (and admins) review: they publish courses or send them back. */
export function canReview(actor: Actor | null): boolean {
  return isCoordinator(actor);
}

/** Modules and lessons are deleted only while the course is a draft (learners never lose a lesson). */
export function canDeleteContent(course: { status: string }): boolean {
  return course.status === 'draft';
}
