import type { Actor } from '../accounts/actor.ts';
import type { SubjectRights } from './subjects.ts';

// Pure rules of writing posts: who may edit, what may be quoted, when a post waits for review.

export type PostStatus = 'visible' | 'held' | 'hidden' | 'deleted';

/** Accounts younger than this may not post links without a moderator's approval. */
export const NEW_ACCOUNT_DAYS = 7;

/** A link in Markdown: an address, a "www." name or a [text](target) link. */
const LINK = /(https?:\/\/|\bwww\.|\]\s*\()/i;

export function hasLink(body: string): boolean {
  return LINK.test(body);
}

/** A post with a link from an account younger than 7 days waits for a moderator (not theirs). */
export function mustHold(
  body: string,
  accountCreatedAt: string,
  rights: SubjectRights,
  now: Date,
): boolean {
  if (rights.moderate || !hasLink(body)) return false;
  return now.getTime() - Date.parse(accountCreatedAt) < NEW_ACCOUNT_DAYS * 86_400_000;
}

/** Only visible posts may be quoted (not held, hidden or deleted ones). */
export function canQuote(post: { status: string; threadId: number }, threadId: number): boolean {
  return post.status === 'visible' && post.threadId === threadId;
}

/** Authors edit and delete their own visible or held posts; moderators do not edit others' text. */
export function canChangePost(actor: Actor, post: { authorId: number | null; status: string }) {
  return post.authorId === actor.id && (post.status === 'visible' || post.status === 'held');
}

/** Readers download a visible post's attachments; held ones its author; moderators all. */
export function canDownloadFrom(
  actor: Actor,
  post: { authorId: number | null; status: string },
  rights: SubjectRights,
): boolean {
  if (rights.moderate) return true;
  if (post.status === 'visible') return true;
  return post.status === 'held' && post.authorId === actor.id;
}

/** A locked thread takes replies from its moderators only. */
export function canReplyWhenLocked(isLocked: boolean, rights: SubjectRights): boolean {
  return !isLocked || rights.moderate;
}
