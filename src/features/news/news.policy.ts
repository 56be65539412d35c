import { isCoordinator, type Actor } from '../accounts/actor.ts';

// Who may do what with news posts: coordinators write them; everyone reads what is published.

export function canWriteNews(actor: Actor | null): boolean {
  return isCoordinator(actor);
}

/** A draft is seen only by those who may write news; for everyone else it does not exist. */
export function canSeeNewsPost(actor: Actor | null, post: { status: string }): boolean {
  return post.status === 'published' || canWriteNews(actor);
}
