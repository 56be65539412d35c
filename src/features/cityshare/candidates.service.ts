import { selectCacheVersion } from '../../db/cache-versions.queries.ts';
import type { Db } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { THEME_SLUGS, type CityProfile } from './complementarity.ts';
import { selectCandidateRows, type CandidateRow } from './candidates.queries.ts';

// Every city with a current assessment, as profiles for suggestions and pairing, kept in memory
// per process and database. Reading 10,000 rows and parsing their languages takes longer than
// the 20 ms a suggestion page may take, so the list is kept under the 'cityshare' cache version,
// which triggers bump on every write to assessments and organisations (migration 0021). The
// version is read (one indexed row) on every call, so a new assessment shows at once on every
// process, the one that wrote it included. The version is read before the rows: a write between
// the two leaves the cache one version behind, and the next call reloads.

export interface Candidate extends CityProfile {
  slug: string;
  country: string | null;
  worldRegion: string | null;
  isPrivate: boolean;
  isDemo: boolean;
}

interface Entry {
  version: number;
  all: Candidate[];
  open: Candidate[];
  byId: Map<number, Candidate>;
}

const cache = new WeakMap<Db, Entry>();

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

async function load(db: Db, version: number): Promise<Entry> {
  const all = (await selectCandidateRows(db)).map(toCandidate);
  const fresh = {
    version,
    all,
    open: all.filter((c) => !c.isPrivate),
    byId: new Map(all.map((c) => [c.id, c])),
  };
  const known = cache.get(db);
  if (!known || known.version <= version) cache.set(db, fresh);
  return fresh;
}

// Requests that find the list stale at the same time share one reload.
const loading = new WeakMap<Db, { version: number; entry: Promise<Entry> }>();

async function entry(db: Db): Promise<Entry> {
  const version = await selectCacheVersion(db, 'cityshare');
  const known = cache.get(db);
  if (known && known.version === version) return known;
  const pending = loading.get(db);
  if (pending && pending.version === version) return pending.entry;
  const next = { version, entry: load(db, version) };
  loading.set(db, next);
  try {
    return await next.entry;
  } finally {
    if (loading.get(db) === next) loading.delete(db);
  }
}

/**
 * The cities with a current assessment, in (name, id) order; private ones only when asked
 * (callers decide by policy: facilitators and programme coordinators).
 */
export async function listCandidates(
  deps: Deps,
  options: { withPrivate: boolean },
): Promise<readonly Candidate[]> {
  const e = await entry(deps.db);
  return options.withPrivate ? e.all : e.open;
}

/** One city's current assessment as a candidate (private ones included), or undefined. */
export async function candidateOf(deps: Deps, cityId: number): Promise<Candidate | undefined> {
  return (await entry(deps.db)).byId.get(cityId);
}

/** Several cities' candidates by id (private ones included); ids without one are left out. */
export async function candidatesOf(
  deps: Deps,
  cityIds: readonly number[],
): Promise<Map<number, Candidate>> {
  const e = await entry(deps.db);
  const out = new Map<number, Candidate>();
  for (const id of cityIds) {
    const c = e.byId.get(id);
    if (c) out.set(id, c);
  }
  return out;
}
