import { FACETS, type FacetIndex, type FacetName } from './facets.service.ts';

// The hot loop of a library search, over the facet index in memory: which candidates pass the
// filters (OR within a facet, AND across), each facet's counts with the OTHER facets' filters
// applied, and the first positions in ranking order (title matches first). Facets are handled by
// number and typed arrays, so that 100,000 candidates take a few milliseconds.

export type Selected = Partial<Record<FacetName, Uint8Array>>;

export interface Counted {
  total: number;
  /** Value counts per facet, by dictionary index. */
  counts: Record<FacetName, Uint32Array>;
  /** Positions of the first `wanted` results in ranking order. */
  first: number[];
}

/**
 * Counts and ranks the candidates: every published resource (`candidates` null), or the given
 * positions in ascending order, `inTitle[p]` telling those whose title matched.
 */
export function countAndRank(
  index: FacetIndex,
  candidates: Int32Array | null,
  inTitle: Uint8Array | null,
  selected: Selected,
  wanted: number,
): Counted {
  const columns = FACETS.map((f) => index[f] as { offsets: Uint32Array; items: Uint16Array });
  const counts = FACETS.map((f) => new Uint32Array(index[f].values.length));
  const active = FACETS.flatMap((f, a) => (selected[f] ? [a] : []));
  const members = FACETS.map((f) => selected[f] ?? new Uint8Array(0));
  const titled: number[] = [];
  const others: number[] = [];
  let total = 0;
  const n = candidates ? candidates.length : index.ids.length;
  for (let c = 0; c < n; c++) {
    const p = candidates ? candidates[c]! : c;
    let failed = -1;
    let failures = 0;
    for (const a of active) {
      const { offsets, items } = columns[a]!;
      const member = members[a]!;
      let ok = false;
      for (let k = offsets[p]!, end = offsets[p + 1]!; k < end; k++)
        if (member[items[k]!]) {
          ok = true;
          break;
        }
      if (!ok) {
        failed = a;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    for (let a = 0; a < columns.length; a++) {
      if (failures === 1 && a !== failed) continue;
      const { offsets, items } = columns[a]!;
      const count = counts[a]!;
      for (let k = offsets[p]!, end = offsets[p + 1]!; k < end; k++) count[items[k]!]!++;
    }
    if (failures === 1) continue;
    total++;
    if (!inTitle || inTitle[p]) {
      if (titled.length < wanted) titled.push(p);
    } else if (others.length < wanted) others.push(p);
  }
  return {
    total,
    counts: Object.fromEntries(FACETS.map((f, a) => [f, counts[a]!])) as Record<
      FacetName,
      Uint32Array
    >,
    first: [...titled, ...others].slice(0, wanted),
  };
}
