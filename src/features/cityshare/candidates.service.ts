import { versionedCache } from '../../db/versioned-cache.ts';
import type { Deps } from '../../deps.ts';
import { THEME_SLUGS, type CityProfile } from './complementarity.ts';
import { selectCandidateRows, type CandidateRow } from './candidates.queries.ts';

// Every city with a current assessment, as profiles for suggestions and pairing, kept in memory
// per process and database. Reading 10,000 rows and parsing their languages takes longer than
// the 20 ms a suggestion page may take, so the list is kept under the 'cityshare' cache version,
// which triggers bump on every write to assessments and organisations (migration 0021); see
// db/versioned-cache.ts for how a change shows at once on every process.

export interface Candidate extends CityProfile {
  slug: string;
  country: string | null;
  worldRegion: string | null;
  isPrivate: boolean;
  isDemo: boolean;
}

interface Entry {
  all: Candidate[];
  open: Candidate[];
  byId: Map<number, Candidate>;
}

function levels(text: string): number[] {
  const out = [...text].map(Number);
  // The migration stores six digits 0–4; anything else reads as 0 rather than breaking a page.
  return THEME_SLUGS.map((_, i) => {
    const v = out[i];
    return v !== undefined && Number.isInteger(v) && v >= 0 && v <= 4 ? v : 0;
  });
}

function toCandidate(r: CandidateRow): Candidate {
  const s = levels(r.strengths);
  const n = levels(r.needs);
  return {
    id: r.id,
    name: r.name,
    slug: r.slug,
    country: r.country,
    worldRegion: r.worldRegion,
    isPrivate: r.isPrivate,
    isDemo: r.isDemo,
    themes: Object.fromEntries(
      THEME_SLUGS.map((t, i) => [t, { strength: s[i]!, need: n[i]! }]),
    ) as CityProfile['themes'],
    languages: r.languages,
    region: r.worldRegion ?? undefined,
    population: r.population ?? undefined,
  };
}

const candidates = versionedCache(['cityshare'], async (db): Promise<Entry> => {
  const all = (await selectCandidateRows(db)).map(toCandidate);
  return {
    all,
    open: all.filter((c) => !c.isPrivate),
    byId: new Map(all.map((c) => [c.id, c])),
  };
});

/**
 * The cities with a current assessment, in (name, id) order; private ones only when asked
 * (callers decide by policy: facilitators and programme coordinators).
 */
export async function listCandidates(
  deps: Deps,
  options: { withPrivate: boolean },
): Promise<readonly Candidate[]> {
  const e = await candidates.get(deps.db);
  return options.withPrivate ? e.all : e.open;
}

/** One city's current assessment as a candidate (private ones included), or undefined. */
export async function candidateOf(deps: Deps, cityId: number): Promise<Candidate | undefined> {
  return (await candidates.get(deps.db)).byId.get(cityId);
}

/** Several cities' candidates by id (private ones included); ids without one are left out. */
export async function candidatesOf(
  deps: Deps,
  cityIds: readonly number[],
): Promise<Map<number, Candidate>> {
  const e = await candidates.get(deps.db);
  const out = new Map<number, Candidate>();
  for (const id of cityIds) {
    const c = e.byId.get(id);
    if (c) out.set(id, c);
  }
  return out;
}
