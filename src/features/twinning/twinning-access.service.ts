import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import {
  selectTwinningIdBySlug,
  selectTwinningParties,
  type TwinningParties,
} from './twinning-access.queries.ts';
import { canChangeTwinning, canViewTwinning } from './twinning.policy.ts';

// The first step of every twinning service: load who is party to the project and check the actor.
// A project one may not see is "not found" (404), so its existence does not leak.

async function load(deps: Deps, actor: Actor, ref: number | string): Promise<TwinningParties> {
  const id = typeof ref === 'number' ? ref : await selectTwinningIdBySlug(deps.db, ref);
  const parties = id === undefined ? undefined : await selectTwinningParties(deps.db, id, actor.id);
  if (!parties || !canViewTwinning(actor, parties))
    throw new AppError('NOT_FOUND', 'twinning.errors.notFound');
  return parties;
}

/** The project (by id or slug) if the actor may see it: sign-in first, else 404. */
export async function requireTwinningView(
  deps: Deps,
  actor: Actor | null,
  ref: number | string,
): Promise<TwinningParties> {
  return load(deps, requireActor(actor), ref);
}

/** The project if the actor may change it: 404 if they may not see it, 403 if only see it. */
export async function requireTwinningChange(
  deps: Deps,
  actor: Actor | null,
  ref: number | string,
): Promise<TwinningParties> {
  const signedIn = requireActor(actor);
  const parties = await load(deps, signedIn, ref);
  if (!canChangeTwinning(signedIn, parties))
    throw new AppError('FORBIDDEN', 'twinning.errors.notAllowed');
  return parties;
}
