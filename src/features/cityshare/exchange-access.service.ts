import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { selectExchangeIdBySlug, selectExchangeParties } from './exchange.queries.ts';
import {
  canChangeExchange,
  canCreateExchange,
  canViewExchange,
  type ExchangeParties,
} from './exchange.policy.ts';

// The first step of every exchange service: who is party to the exchange, checked against the
// actor. An exchange one may not see is "not found" (404), so its existence does not leak.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The exchange (by slug) if the actor may see it: sign-in first, else 404. */
export async function requireExchangeView(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ actor: Actor; parties: ExchangeParties }> {
  const signedIn = requireActor(actor);
  const id =
    slug.length <= 120 && SLUG.test(slug) ? await selectExchangeIdBySlug(deps.db, slug) : undefined;
  const parties = id === undefined ? undefined : await selectExchangeParties(deps.db, id);
  if (!parties || !canViewExchange(signedIn, parties))
    throw new AppError('NOT_FOUND', 'exchanges.errors.notFound');
  return { actor: signedIn, parties };
}

/** The exchange if the actor may change it: 404 if they may not see it, 403 if only see it. */
export async function requireExchangeChange(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ actor: Actor; parties: ExchangeParties }> {
  const found = await requireExchangeView(deps, actor, slug);
  if (!canChangeExchange(found.actor, found.parties))
    throw new AppError('FORBIDDEN', 'exchanges.errors.notAllowed');
  return found;
}

/** Facilitators and programme coordinators open exchanges; others get 403. */
export function requireExchangeCreator(actor: Actor | null): Actor {
  const signedIn = requireActor(actor);
  if (!canCreateExchange(signedIn)) throw new AppError('FORBIDDEN', 'exchanges.errors.notAllowed');
  return signedIn;
}
