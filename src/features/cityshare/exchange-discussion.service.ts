import type { Deps } from '../../deps.ts';
import type { Actor } from '../accounts/actor.ts';
import { canChangeExchange, canViewExchange } from './exchange.policy.ts';
import * as q from './exchange-discussion.queries.ts';
import { selectExchangeParties } from './exchange.queries.ts';

// Reads about exchanges for their discussions (src/features/discussions/subjects.ts).

/**
 * Who may discuss an exchange (by id): whoever may see it reads and posts; its facilitator and
 * coordinators (whoever may change it) moderate. Undefined when there is no such exchange.
 */
export async function exchangeDiscussionRights(
  deps: Deps,
  actor: Actor,
  exchangeId: number,
): Promise<{ read: boolean; post: boolean; moderate: boolean } | undefined> {
  const parties = await selectExchangeParties(deps.db, exchangeId);
  if (!parties) return undefined;
  const read = canViewExchange(actor, parties);
  return { read, post: read, moderate: read && canChangeExchange(actor, parties) };
}

/** The exchange's title and slug, or undefined. */
export function exchangeName(deps: Deps, exchangeId: number) {
  return q.selectExchangeName(deps.db, exchangeId);
}

/** The exchange's facilitator or null (told when a post in its discussions is reported). */
export function exchangeFacilitatorId(deps: Deps, exchangeId: number) {
  return q.selectExchangeFacilitatorId(deps.db, exchangeId);
}

/** The exchange's participants, by name. */
export function exchangeParticipants(deps: Deps, exchangeId: number) {
  return q.selectExchangeParticipants(deps.db, exchangeId);
}

/** The exchanges an official facilitates, takes part in, or whose cities include theirs. */
export function exchangeIdsOf(deps: Deps, actor: Actor) {
  return q.selectExchangeIdsOf(deps.db, actor.id, actor.organisationId);
}
