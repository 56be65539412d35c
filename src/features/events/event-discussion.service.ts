import type { Deps } from '../../deps.ts';
import type { Actor } from '../accounts/actor.ts';
import * as q from './event-discussion.queries.ts';
import { canOrganise, canSeeEvent } from './events.policy.ts';

// Reads about events for their discussions (src/features/discussions/subjects.ts).

export interface EventDiscussionRights {
  read: boolean;
  post: boolean;
  moderate: boolean;
}

/**
 * Who may discuss an event: participants with a confirmed or attended registration, its speakers
 * and facilitators and its organisers read and post; organisers (and coordinators) moderate.
 * Undefined when there is no such event.
 */
export async function eventDiscussionRights(
  deps: Deps,
  actor: Actor,
  eventId: number,
): Promise<EventDiscussionRights | undefined> {
  const facts = await q.selectEventDiscussionFacts(deps.db, eventId, actor.id);
  if (!facts) return undefined;
  const organises = canOrganise(actor, facts);
  const takesPart =
    canSeeEvent(actor, facts) && (facts.takesPart || facts.peopleIds.includes(actor.id));
  const read = organises || takesPart;
  return { read, post: read, moderate: organises };
}

/** The event's title in the reader's language and its slug, or undefined. */
export function eventName(deps: Deps, eventId: number, lang: string) {
  return q.selectEventName(deps.db, eventId, lang);
}

/** Officials with a confirmed or attended registration, by name. */
export function eventParticipants(deps: Deps, eventId: number) {
  return q.selectEventParticipants(deps.db, eventId);
}

/** The partner editors of the event's organisers (told when a post in its discussions is reported). */
export function eventEditorIds(deps: Deps, eventId: number) {
  return q.selectEventEditorIds(deps.db, eventId);
}

/** The events an official takes part in, speaks at or facilitates. */
export function eventIdsOf(deps: Deps, userId: number) {
  return q.selectEventIdsOf(deps.db, userId);
}
