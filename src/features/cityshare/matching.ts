import { createRequire } from 'node:module';
import { assignmentBound } from './assignment.ts';

// Maximum-weight perfect matching on a complete graph with non-negative integer weights, exact.
//
// The matching itself is Edmonds' blossom algorithm (primal–dual, weighted, general graphs) from
// edmonds-blossom-fixed, a JavaScript port of Joris van Rantwijk's O(n³) mwmatching.py. Alone it is
// too slow for a cohort of 1,000 cities: its work grows with vertices × edges (each of its n/2
// stages rescans the edges and rebuilds per-edge arrays), so the complete graph (~500,000 edges)
// took 25 s of CPU. We therefore hand it only edges that an LP bound cannot rule out (reduced-cost
// fixing), which keeps the result exact:
// 1. Solve the assignment relaxation (assignment.ts). Its dual gives y_i = (U_i + V_i) / 2 with
//    y_i + y_j ≥ w_ij for every pair (weights are symmetric), so B = Σ y_i bounds every perfect
//    matching, and slack(e) = y_i + y_j − w_e ≥ 0.
// 2. For a perfect matching M holding edge e, w(M) = B − Σ_{f ∈ M} slack(f) ≤ B − slack(e). So if
//    some perfect matching weighs W, an edge with slack(e) > B − W is in no maximum matching.
// 3. Keep the edges with slack ≤ τ (first the 2n tightest). Cities left with a single edge must
//    take it; the rest falls apart into components and the blossom algorithm matches each (a
//    maximum matching is the union of the components' maxima). Cities left unmatched are fitted
//    in (see complete), giving W. If B − W ≤ τ, every maximum matching lies among the kept
//    edges, so the result is one. Otherwise τ grows (to B − W, where it must stop, or by
//    doubling while the kept edges hold no perfect matching) and we repeat. τ never needs to
//    pass B − W0 either, W0 being a matching built from the relaxation's cycles.
// Weights are integers (4 × score), so every dual is a multiple of ½ and all comparisons, here
// and in the library (which tests slack ≤ 0 and duals = 0), are exact in floating point.

const require = createRequire(import.meta.url);
const blossom = require('edmonds-blossom-fixed') as (
  edges: [number, number, number][],
  maxCardinality: boolean,
) => number[];

/** Best candidates per city for the first assignment pass; widened later where needed. */
const CANDIDATES = 10;

/** The maximum-weight perfect matching of the complete graph on n (even) vertices; mate per vertex. */
export function maxWeightPerfectMatching(w: Int32Array, n: number): Int32Array {
  if (n < 2) return new Int32Array(n).fill(-1);
  const { y, bound, sigma } = assignmentBound(w, n, CANDIDATES);
  const slacks = new Float64Array((n * (n - 1)) / 2);
  for (let i = 0, k = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) slacks[k++] = y[i]! + y[j]! - w[i * n + j]!;
  const sorted = slacks.slice().sort();
  // Start with the 2n tightest edges (never more than the cycles' bound allows), widen as needed.
  let tau = Math.min(bound - lowerBound(w, n, sigma), sorted[Math.min(sorted.length, 2 * n) - 1]!);
  for (;;) {
    const kept: [number, number][] = [];
    for (let i = 0, k = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) if (slacks[k++]! <= tau) kept.push([i, j]);
    const mate = matchWithin(w, n, kept);
    const perfect = mate.every((m) => m >= 0);
    const gap = bound - complete(w, n, mate);
    // Every maximum matching lies in the edges with slack ≤ gap. If those are all among the kept
    // edges, the blossom algorithm's perfect matching on them is a maximum one.
    if (gap <= tau) return mate;
    // A perfect matching of the kept edges is the best there, so W is close: take τ = B − W. Else
    // W may be poor and B − W too wide a margin: double τ first.
    tau = perfect ? gap : Math.min(gap, 2 * tau + 1);
  }
}

/**
 * A maximum matching of the kept edges, assuming they hold a perfect matching (otherwise just
 * some matching; -1 marks unmatched vertices). A vertex with one edge left must take it; the
 * rest falls apart into components, each matched by the blossom algorithm.
 */
function matchWithin(w: Int32Array, n: number, kept: [number, number][]): Int32Array {
  const mate = new Int32Array(n).fill(-1);
  const adjacent: number[][] = Array.from({ length: n }, () => []);
  for (const [i, j] of kept) {
    adjacent[i]!.push(j);
    adjacent[j]!.push(i);
  }
  const degree = Int32Array.from(adjacent, (a) => a.length);
  const removed = new Uint8Array(n);
  const remove = (v: number) => {
    removed[v] = 1;
    for (const x of adjacent[v]!) if (!removed[x] && --degree[x]! === 1) single.push(x);
  };
  const single = adjacent.flatMap((a, v) => (a.length === 1 ? [v] : []));
  while (single.length > 0) {
    const v = single.pop()!;
    if (removed[v] || degree[v] !== 1) continue;
    const x = adjacent[v]!.find((x) => !removed[x])!;
    mate[v] = x;
    mate[x] = v;
    remove(v);
    remove(x);
  }
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const rest = kept.filter(([i, j]) => !removed[i] && !removed[j]);
  for (const [i, j] of rest) parent[find(i)] = find(j);
  const members = new Map<number, number[]>();
  const edges = new Map<number, [number, number, number][]>();
  const local = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (removed[v]) continue;
    const root = find(v);
    if (!members.has(root)) {
      members.set(root, []);
      edges.set(root, []);
    }
    local[v] = members.get(root)!.push(v) - 1;
  }
  for (const [i, j] of rest) edges.get(find(i))!.push([local[i]!, local[j]!, w[i * n + j]!]);
  for (const [root, vertices] of members) {
    if (vertices.length < 2) continue;
    const m = blossom(edges.get(root)!, true);
    vertices.forEach((v, k) => (mate[v] = (m[k] ?? -1) < 0 ? -1 : vertices[m[k]!]!));
  }
  return mate;
}

/**
 * Completes a matching: each unmatched vertex u takes the best of pairing with another unmatched
 * v, or of splitting a pair (a, b) into (u, a) and (v, b). Returns the matching's weight.
 */
function complete(w: Int32Array, n: number, mate: Int32Array): number {
  const free: number[] = [];
  for (let i = 0; i < n; i++) if (mate[i]! < 0) free.push(i);
  while (free.length > 0) {
    const u = free.pop()!;
    let best = -Infinity;
    let move: [v: number, a: number, b: number] = [-1, -1, -1];
    for (const v of free) {
      if (w[u * n + v]! > best) {
        best = w[u * n + v]!;
        move = [v, -1, -1];
      }
      for (let a = 0; a < n; a++) {
        const b = mate[a]!;
        if (b < 0) continue;
        const gain = w[u * n + a]! + w[v * n + b]! - w[a * n + b]!;
        if (gain > best) {
          best = gain;
          move = [v, a, b];
        }
      }
    }
    const [v, a, b] = move;
    free.splice(free.indexOf(v), 1);
    const pairs =
      a < 0
        ? [[u, v]]
        : [
            [u, a],
            [v, b],
          ];
    for (const [x, y] of pairs) {
      mate[x!] = y!;
      mate[y!] = x!;
    }
  }
  let total = 0;
  for (let i = 0; i < n; i++) if (mate[i]! > i) total += w[i * n + mate[i]!]!;
  return total;
}

/** A perfect matching built from the permutation's cycles (2-cycles as they are). */
function lowerBound(w: Int32Array, n: number, sigma: Int32Array): number {
  const seen = new Uint8Array(n);
  const leftovers: number[] = [];
  let total = 0;
  const pairPath = (path: number[]) => {
    let sum = 0;
    for (let k = 0; k + 1 < path.length; k += 2) sum += w[path[k]! * n + path[k + 1]!]!;
    return sum;
  };
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    const cycle: number[] = [];
    for (let v = s; !seen[v]; v = sigma[v]!) {
      seen[v] = 1;
      cycle.push(v);
    }
    // Pair consecutive vertices along the cycle, trying every starting point; an odd cycle
    // leaves its first vertex over, to be paired later with another cycle's leftover.
    let best = -1;
    let bestStart = 0;
    for (let k = 0; k < (cycle.length % 2 ? cycle.length : Math.min(2, cycle.length - 1)); k++) {
      const rotated = [...cycle.slice(k), ...cycle.slice(0, k)];
      const value = pairPath(cycle.length % 2 ? rotated.slice(1) : rotated);
      if (value > best) {
        best = value;
        bestStart = k;
      }
    }
    total += best;
    if (cycle.length % 2) leftovers.push(cycle[bestStart]!);
  }
  // Leftovers (one per odd cycle, an even number of them in all) are paired greedily.
  while (leftovers.length > 0) {
    const a = leftovers.pop()!;
    let bestK = 0;
    for (let k = 1; k < leftovers.length; k++)
      if (w[a * n + leftovers[k]!]! > w[a * n + leftovers[bestK]!]!) bestK = k;
    total += w[a * n + leftovers.splice(bestK, 1)[0]!]!;
  }
  return total;
}
