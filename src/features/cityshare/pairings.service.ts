import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { listFacilitatedRuns } from '../courses/cohort.service.ts';
import { candidatesOf, listCandidates, type Candidate } from './candidates.service.ts';
import { complementarity, type Complementarity } from './complementarity.ts';
import { greedyPairing, pairCohort, scoreGrouping } from './pairing.ts';
import {
  selectPairing,
  selectPairingCities,
  selectPairings,
  type PairingCity,
  type PairingRow,
  type PairingSummary,
} from './pairings.queries.ts';
import { canPair } from './pairings.policy.ts';

// Reading cohort pairings (issue 5, item 5). Groups are scored with the current assessments, so a
// city that reassessed is scored by its new levels.

/** The actor, if they may pair cohorts (facilitators and coordinators); else 403. */
export function requirePairer(actor: Actor | null): Actor {
  const official = requireActor(actor);
  if (!canPair(official)) throw new AppError('FORBIDDEN', 'pairings.errors.notAllowed');
  return official;
}

/** Every pairing, newest first, for facilitators and coordinators. */
export async function listPairings(deps: Deps, actor: Actor | null): Promise<PairingSummary[]> {
  requirePairer(actor);
  return selectPairings(deps.db);
}

/** What a new pairing can start from: the runs the actor facilitates, and the assessed cities. */
export async function newPairingChoices(deps: Deps, actor: Actor | null) {
  const official = requirePairer(actor);
  const [runs, cities] = await Promise.all([
    listFacilitatedRuns(deps, official),
    listCandidates(deps, { withPrivate: true }),
  ]);
  return { runs, cities: cities.map((c) => ({ id: c.id, name: c.name, country: c.country })) };
}

export interface PairedGroup {
  number: number;
  cities: Candidate[];
  score: number;
  /** Each two cities of the group with their match, best first. */
  pairs: Array<{ a: Candidate; b: Candidate; match: Complementarity }>;
}

export interface PairingView {
  pairing: PairingRow;
  groups: PairedGroup[];
  /** Cities without a current assessment, or not in a group. */
  notPlaced: PairingCity[];
  /** Cities that can be moved into a group: those with a current assessment. */
  placeable: Candidate[];
  total: number;
  /** The best total (pairCohort) and a greedy pass's, on the same cities. */
  optimum: number;
  greedy: number;
  /**
   * How the pairing stands against the optimum: 'best', 'below' it, or 'otherShape' when hand
   * changes left other groups than pairs (and one three for an odd cohort): the total adds up
   * every pair within a group, so a group of three outscores a pair and a city left alone, and
   * the totals of different shapes cannot be compared.
   */
  standing: 'best' | 'below' | 'otherShape';
}

const shapeOf = (sizes: number[]) => [...sizes].sort((a, b) => a - b).join(',');

/** A pairing's groups with scores and reasons, its total, the optimum and the greedy total. */
export async function getPairing(
  deps: Deps,
  actor: Actor | null,
  id: number,
): Promise<PairingView> {
  requirePairer(actor);
  const pairing = await selectPairing(deps.db, id);
  if (!pairing) throw new AppError('NOT_FOUND', 'pairings.errors.notFound');
  const cities = await selectPairingCities(deps.db, id);
  const profiles = await candidatesOf(
    deps,
    cities.map((c) => c.id),
  );
  const placeable = cities.flatMap((c) => profiles.get(c.id) ?? []);
  const byGroup = new Map<number, Candidate[]>();
  for (const c of cities) {
    const p = profiles.get(c.id);
    if (p && c.group !== null) byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), p]);
  }
  const numbers = [...byGroup.keys()].sort((a, b) => a - b);
  const scored = scoreGrouping(
    placeable,
    numbers.map((n) => byGroup.get(n)!.map((c) => c.id)),
  );
  const groups = numbers.map((number, k) => {
    const members = byGroup.get(number)!;
    const pairs = members.flatMap((a, i) =>
      members.slice(i + 1).map((b) => ({ a, b, match: complementarity(a, b) })),
    );
    pairs.sort((x, y) => y.match.score - x.match.score);
    return { number, cities: members, score: scored.groups[k]!.score, pairs };
  });
  const best = pairCohort(placeable);
  const greedy = greedyPairing(placeable);
  const optimum = best.ok ? best.total : 0;
  const sameShape =
    best.ok &&
    shapeOf(groups.map((g) => g.cities.length)) ===
      shapeOf(best.groups.map((g) => g.cityIds.length));
  return {
    pairing,
    groups,
    notPlaced: cities.filter((c) => c.group === null || !profiles.has(c.id)),
    placeable,
    total: scored.total,
    optimum,
    greedy: greedy.ok ? greedy.total : 0,
    standing: !sameShape ? 'otherShape' : scored.total >= optimum ? 'best' : 'below',
  };
}
