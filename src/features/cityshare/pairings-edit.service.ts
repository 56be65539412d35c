import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { candidatesOf } from './candidates.service.ts';
import { optimalGroups } from './pairings-create.service.ts';
import { selectPairing, selectPairingCities, updateGroups } from './pairings.queries.ts';
import { requirePairer } from './pairings.service.ts';

// Adjusting a pairing by hand (move a city, swap two) and restoring the optimum ("recompute").

async function load(deps: Deps, actor: Actor | null, id: number) {
  requirePairer(actor);
  if (!(await selectPairing(deps.db, id)))
    throw new AppError('NOT_FOUND', 'pairings.errors.notFound');
  const cities = await selectPairingCities(deps.db, id);
  const profiles = await candidatesOf(
    deps,
    cities.map((c) => c.id),
  );
  return { cities, profiles };
}

function invalid(field: string, key: string): AppError {
  return new AppError('VALIDATION', key, { fields: { [field]: key } });
}

/** Moves a city with an assessment into another group of the pairing, or into a new one. */
export async function moveCity(
  deps: Deps,
  actor: Actor | null,
  id: number,
  input: { city: number; group: number | 'new' },
  now = new Date(),
): Promise<void> {
  const { cities, profiles } = await load(deps, actor, id);
  if (!profiles.has(input.city)) throw invalid('city', 'pairings.errors.chooseCity');
  const used = new Set(cities.flatMap((c) => (c.group === null ? [] : [c.group])));
  const group = input.group === 'new' ? Math.max(0, ...used) + 1 : input.group;
  if (input.group !== 'new' && !used.has(group))
    throw invalid('group', 'pairings.errors.chooseGroup');
  await updateGroups(deps.db, id, new Map([[input.city, group]]), now.toISOString());
}

/** Swaps the groups of two cities of the pairing that have an assessment. */
export async function swapCities(
  deps: Deps,
  actor: Actor | null,
  id: number,
  input: { first: number; second: number },
  now = new Date(),
): Promise<void> {
  const { cities, profiles } = await load(deps, actor, id);
  const first = cities.find((c) => c.id === input.first);
  const second = cities.find((c) => c.id === input.second);
  if (!first || !profiles.has(first.id)) throw invalid('first', 'pairings.errors.chooseCity');
  if (!second || !profiles.has(second.id)) throw invalid('second', 'pairings.errors.chooseCity');
  await updateGroups(
    deps.db,
    id,
    new Map([
      [first.id, second.group],
      [second.id, first.group],
    ]),
    now.toISOString(),
  );
}

/** Restores the best pairing of the pairing's cities, with their current assessments. */
export async function recomputePairing(
  deps: Deps,
  actor: Actor | null,
  id: number,
  now = new Date(),
): Promise<void> {
  const { cities } = await load(deps, actor, id);
  const groups = await optimalGroups(
    deps,
    cities.map((c) => c.id),
  );
  await updateGroups(deps.db, id, groups, now.toISOString());
}
