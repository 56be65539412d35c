import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { requireFacilitation } from '../courses/run-access.service.ts';
import { selectCitiesByIds } from './candidates.queries.ts';
import { candidatesOf } from './candidates.service.ts';
import { pairCohort } from './pairing.ts';
import { insertPairing, selectRunCityIds } from './pairings.queries.ts';
import type { NewPairingInput } from './pairings.schema.ts';
import { requirePairer } from './pairings.service.ts';

// Making a pairing: the cohort's cities (a run's learners' cities, or a hand-picked list for an
// exchange call), grouped by pairCohort (exact maximum-weight matching, Edmonds' blossom
// algorithm; one group of three when the number is odd). Cities without a current assessment
// are kept, "not placed".

/** The groups of these cities' best pairing (group numbers from 1), null for the unplaceable. */
export async function optimalGroups(
  deps: Deps,
  cityIds: readonly number[],
): Promise<Map<number, number | null>> {
  const profiles = await candidatesOf(deps, cityIds);
  const out = new Map<number, number | null>(cityIds.map((id) => [id, null]));
  const pairing = pairCohort([...profiles.values()]);
  if (pairing.ok) pairing.groups.forEach((g, k) => g.cityIds.forEach((id) => out.set(id, k + 1)));
  return out;
}

/**
 * Creates a pairing for a facilitator or coordinator (from a run they facilitate, or from chosen
 * cities) and returns its id; a repeated submission returns the first one's. At least two of
 * the cities need a current assessment (else 400).
 */
export async function createPairing(
  deps: Deps,
  actor: Actor | null,
  input: NewPairingInput,
  now = new Date(),
): Promise<number> {
  const official = requirePairer(actor);
  let cityIds: number[];
  let field: string;
  if (input.source === 'run') {
    await requireFacilitation(deps, official, input.run);
    cityIds = await selectRunCityIds(deps.db, input.run);
    field = 'run';
  } else {
    const known = await selectCitiesByIds(deps.db, input.cities);
    if (known.length !== input.cities.length)
      throw new AppError('VALIDATION', 'pairings.errors.chooseCities', {
        fields: { cities: 'pairings.errors.chooseCities' },
      });
    cityIds = known.map((c) => c.id);
    field = 'cities';
  }
  const groups = await optimalGroups(deps, cityIds);
  if ([...groups.values()].filter((g) => g !== null).length < 2)
    throw new AppError('VALIDATION', 'pairings.errors.tooFewCities', {
      fields: { [field]: 'pairings.errors.tooFewCities' },
    });
  return insertPairing(
    deps.db,
    {
      title: input.source === 'run' ? input.run_title : input.call_title,
      runId: input.source === 'run' ? input.run : null,
      createdBy: official.id,
      requestKey: input.key,
      cities: [...groups].map(([id, group]) => ({ id, group })),
    },
    now.toISOString(),
  );
}
