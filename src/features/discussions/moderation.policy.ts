import { isCoordinator, hasRole, type Actor } from '../accounts/actor.ts';

// Who may do what in moderation, as pure functions of the actor and the rows involved.

/** Facilitators and coordinators have a queue and a log (possibly empty); others are refused. */
export function mayOpenModeration(actor: Actor): boolean {
  return isCoordinator(actor) || hasRole(actor, 'facilitator');
}

/** Any reader may report a post that is still shown, except its own author. */
export function mayReport(
  actor: Actor,
  post: { authorId: number | null; status: string },
): boolean {
  return post.authorId !== actor.id && post.status === 'visible';
}

/** Nobody suspends themselves, a coordinator or an admin. */
export function maySuspend(actor: Actor, target: { id: number; isCoordinator: boolean }): boolean {
  return target.id !== actor.id && !target.isCoordinator;
}

/** Only coordinators keep someone from posting everywhere. */
export function maySuspendEverywhere(actor: Actor): boolean {
  return isCoordinator(actor);
}

/** Post statuses each action moves from and to; anything else is a conflict (409). */
export const TRANSITIONS = {
  hide: { from: ['visible'], to: 'hidden' },
  restore: { from: ['hidden'], to: 'visible' },
  approve: { from: ['held'], to: 'visible' },
  reject: { from: ['held'], to: 'hidden' },
} as const;
export type PostAction = keyof typeof TRANSITIONS;
