import type { Deps } from '../../deps.ts';
import { versionedCache } from '../../db/versioned-cache.ts';
import {
  selectFacetSources,
  selectOrganisationNames,
  type FacetSourceRow,
} from './search.queries.ts';
import { stringList } from './string-list.ts';

// Every published resource's facet values, in memory per process under the cache versions
// 'library' (triggers of migration 0022 bump it on every write to resources, their translations,
// themes and organisations) and 'organisations' (names). Kept compact for 100,000 resources:
// resources sit in ranking order (newer year, then newer publication, then higher id), so a
// position is also a rank; each facet is a dictionary of values and, per resource, the indexes
// of its values (offsets into one typed array).

export const FACETS = ['kind', 'theme', 'language', 'region', 'organisation', 'year'] as const;
export type FacetName = (typeof FACETS)[number];

/** One facet: its distinct values and, for the resource at position p, items[offsets[p]..offsets[p+1]). */
export interface FacetColumn<V> {
  values: V[];
  indexOf: Map<V, number>;
  offsets: Uint32Array;
  items: Uint16Array;
}

export interface FacetIndex {
  /** Resource ids in ranking order. */
  ids: Int32Array;
  /** A published resource's position, or undefined. */
  positionOf(id: number): number | undefined;
  kind: FacetColumn<string>;
  theme: FacetColumn<number>;
  language: FacetColumn<string>;
  region: FacetColumn<string>;
  organisation: FacetColumn<number>;
  year: FacetColumn<number>;
  /** Slug and name of every publishing organisation. */
  organisations: Map<number, { slug: string; name: string }>;
  organisationBySlug: Map<string, number>;
}

/** A JSON list parsed once per distinct text (most resources share a few). */
function listReader(): (text: string) => string[] {
  const known = new Map<string, string[]>();
  return (text) => {
    let list = known.get(text);
    if (!list) known.set(text, (list = stringList(text)));
    return list;
  };
}

function column<V>(lists: V[][]): FacetColumn<V> {
  const values: V[] = [];
  const indexOf = new Map<V, number>();
  const offsets = new Uint32Array(lists.length + 1);
  let total = 0;
  for (const list of lists) total += list.length;
  const items = new Uint16Array(total);
  let at = 0;
  lists.forEach((list, p) => {
    offsets[p] = at;
    for (const v of list.length > 1 ? new Set(list) : list) {
      let i = indexOf.get(v);
      if (i === undefined) {
        i = values.length;
        values.push(v);
        indexOf.set(v, i);
      }
      items[at++] = i;
    }
  });
  offsets[lists.length] = at;
  return { values, indexOf, offsets, items };
}

/**
 * Position by id: a typed array indexed by id while ids are dense (a search looks up tens of
 * thousands of ids), else a Map.
 */
function positions(ids: number[]): (id: number) => number | undefined {
  const max = ids.reduce((m, id) => Math.max(m, id), 0);
  if (max > ids.length * 8 + 1024) {
    const byId = new Map(ids.map((id, p) => [id, p]));
    return (id) => byId.get(id);
  }
  const byId = new Int32Array(max + 1).fill(-1);
  ids.forEach((id, p) => (byId[id] = p));
  return (id) => {
    const p = id >= 0 && id <= max ? byId[id]! : -1;
    return p === -1 ? undefined : p;
  };
}

function byRank(a: FacetSourceRow, b: FacetSourceRow): number {
  const ya = a.year ?? -Infinity;
  const yb = b.year ?? -Infinity;
  if (ya !== yb) return yb - ya;
  const pa = a.publishedAt ?? '';
  const pb = b.publishedAt ?? '';
  if (pa !== pb) return pa < pb ? 1 : -1;
  return b.id - a.id;
}

async function load(db: Deps['db']): Promise<FacetIndex> {
  const sources = await selectFacetSources(db);
  const rows = sources.resources.sort(byRank);
  const positionOf = positions(rows.map((r) => r.id));
  const themes: number[][] = rows.map(() => []);
  for (const t of sources.themes) themes[positionOf(t.resourceId) ?? -1]?.push(t.themeId);
  const orgs: number[][] = rows.map(() => []);
  for (const o of sources.organisations)
    orgs[positionOf(o.resourceId) ?? -1]?.push(o.organisationId);
  const organisation = column(orgs);
  const jsonList = listReader();
  const names = await selectOrganisationNames(db, organisation.values);
  return {
    ids: Int32Array.from(rows, (r) => r.id),
    positionOf,
    kind: column(rows.map((r) => [r.kind])),
    theme: column(themes),
    language: column(rows.map((r) => jsonList(r.languages))),
    region: column(rows.map((r) => jsonList(r.regions))),
    organisation,
    year: column(rows.map((r) => (r.year === null ? [] : [r.year]))),
    organisations: new Map(names.map((o) => [o.id, { slug: o.slug, name: o.name }])),
    organisationBySlug: new Map(names.map((o) => [o.slug, o.id])),
  };
}

const index = versionedCache(['library', 'organisations'], load);

/** The facet index of the published resources, re-read when a resource or organisation changes. */
export async function facetIndex(deps: Deps): Promise<FacetIndex> {
  return index.get(deps.db);
}
