import { isCoordinator, type Actor } from '../accounts/actor.ts';

// Who may do what with good practices. `cityIds` are the cities the official coordinates (as a
// city coordinator); programme coordinators (and admins) may edit any city's practices.

/** Whether the official may write a new practice for some city. */
export function canCreatePractice(actor: Actor | null, cityIds: readonly number[]): boolean {
  return actor !== null && (isCoordinator(actor) || cityIds.length > 0);
}

/** Whether the official may edit (and publish, and add documents to) a practice of this city. */
export function canEditPractice(
  actor: Actor | null,
  cityIds: readonly number[],
  cityId: number,
): boolean {
  return actor !== null && (isCoordinator(actor) || cityIds.includes(cityId));
}

/** Published practices are public; drafts are seen only by those who may edit them. */
export function canViewPractice(
  actor: Actor | null,
  cityIds: readonly number[],
  practice: { status: string; cityId: number },
): boolean {
  return practice.status === 'published' || canEditPractice(actor, cityIds, practice.cityId);
}
