import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { isLanguage } from '../../web/i18n.ts';
import type { Actor } from '../accounts/actor.ts';
import { listThemes } from '../curriculum/curriculum.service.ts';
import { countAndRank, type Selected } from './facets-count.ts';
import { facetIndex, FACETS, type FacetIndex, type FacetName } from './facets.service.ts';
import { canCreateResource } from './library.policy.ts';
import { matchingIds } from '../../search/match.queries.ts';
import { selectOrganisationIdBySlug } from './search.queries.ts';
import { MAX_PAGE, type SearchInput } from './search.schema.ts';
import { MAX_QUERY_CHARS, queryGroups } from '../../search/text.ts';
import { pageResults, type LibraryResult } from './search-results.ts';

// Searching the library: the query's matches come from the engine's index, every other step from
// the facet index in memory (facets.service.ts): filters (OR within a facet, AND across), each
// facet's counts with the other facets' filters applied, ranking (title matches first, then the
// index's order: newer year, newer publication, higher id) and the page. Drafts and resources in
// review are not in the facet index, so they never appear.

export const PAGE_SIZE = 20;

export interface FacetCount {
  value: string;
  /** The name to show, for themes and organisations (the view names the others). */
  label?: string;
  count: number;
  selected: boolean;
}

export interface LibrarySearch {
  /** The query as searched (cut to MAX_QUERY_CHARS). */
  query: string;
  queryCut: boolean;
  /** A query with no word in it (punctuation only) is ignored. */
  queryIgnored: boolean;
  total: number;
  page: number;
  hasNext: boolean;
  results: LibraryResult[];
  facets: Record<FacetName, FacetCount[]>;
  canAdd: boolean;
  /** Every theme, to browse by when nothing matches. */
  themes: Array<{ slug: string; name: string }>;
}

/** Turns the requested facet values into dictionary membership; an unknown one is a 400. */
async function selectedValues(
  deps: Deps,
  index: FacetIndex,
  input: SearchInput,
  themeIds: Map<string, number>,
): Promise<Selected> {
  const selected: Selected = {};
  const unknown = (field: FacetName) =>
    new AppError('VALIDATION', `library-search.errors.${field}`, {
      fields: { [field]: `library-search.errors.${field}` },
    });
  for (const field of FACETS) {
    const asked = input[field];
    if (asked.length === 0) continue;
    const column = index[field] as { values: unknown[]; indexOf: Map<unknown, number> };
    const member = new Uint8Array(column.values.length);
    for (const value of asked) {
      let key: unknown = value;
      if (field === 'theme') key = themeIds.get(value);
      else if (field === 'year') key = Number(value);
      else if (field === 'organisation')
        // An organisation that has published nothing yet is a filter with no results.
        key =
          index.organisationBySlug.get(value) ?? (await selectOrganisationIdBySlug(deps.db, value));
      // A language is known when a resource is written in it or the platform speaks it.
      else if (field === 'language' && !index.language.indexOf.has(value) && !isLanguage(value))
        key = undefined;
      if (key === undefined) throw unknown(field);
      const at = column.indexOf.get(key);
      if (at !== undefined) member[at] = 1;
    }
    selected[field] = member;
  }
  return selected;
}

/** One page of published resources matching the query and filters, with facet counts. */
export async function searchLibrary(
  deps: Deps,
  actor: Actor | null,
  lang: string,
  input: SearchInput,
): Promise<LibrarySearch> {
  const themes = await listThemes(deps, lang);
  const themeIds = new Map(themes.map((t) => [t.slug, t.id]));
  const index = await facetIndex(deps);
  const selected = await selectedValues(deps, index, input, themeIds);
  const query = input.q.slice(0, MAX_QUERY_CHARS);
  const groups = queryGroups(query);

  // Candidates in ranking order, and which matched in the title.
  let candidates: Int32Array | null = null;
  let inTitle: Uint8Array | null = null;
  if (groups.length > 0) {
    // Two reads of the index at once (PostgreSQL runs them on two connections).
    const [anywhere, inTitles] = await Promise.all([
      matchingIds(deps.db, deps.dialect, 'resource_search', groups, 'anywhere'),
      matchingIds(deps.db, deps.dialect, 'resource_search', groups, 'title'),
    ]);
    const found: number[] = [];
    for (const id of anywhere) {
      const p = index.positionOf(id);
      if (p !== undefined) found.push(p);
    }
    candidates = Int32Array.from(found).sort();
    inTitle = new Uint8Array(index.ids.length);
    for (const id of inTitles) {
      const p = index.positionOf(id);
      if (p !== undefined) inTitle[p] = 1;
    }
  }
  const wanted = input.page * PAGE_SIZE;
  const { total, counts, first } = countAndRank(index, candidates, inTitle, selected, wanted);
  const ids = first.slice(wanted - PAGE_SIZE).map((p) => index.ids[p]!);

  const results = await pageResults(deps, lang, index, ids, groups);
  const themeNames = new Map(themes.map((t) => [t.id, t]));
  const facets = Object.fromEntries(
    FACETS.map((f) => {
      const column = index[f] as { values: Array<string | number> };
      const list: FacetCount[] = [];
      column.values.forEach((v, i) => {
        const isSelected = selected[f]?.[i] === 1;
        if (counts[f][i] === 0 && !isSelected) return;
        let value = String(v);
        let label: string | undefined;
        if (f === 'theme') {
          const theme = themeNames.get(v as number);
          if (!theme) return;
          value = theme.slug;
          label = theme.name;
        } else if (f === 'organisation') {
          const org = index.organisations.get(v as number);
          if (!org) return;
          value = org.slug;
          label = org.name;
        }
        list.push({ value, label, count: counts[f][i]!, selected: isSelected });
      });
      return [f, list];
    }),
  ) as Record<FacetName, FacetCount[]>;

  return {
    query,
    queryCut: input.q.length > MAX_QUERY_CHARS,
    queryIgnored: query.trim() !== '' && groups.length === 0,
    total,
    page: input.page,
    hasNext: total > wanted && input.page < MAX_PAGE,
    results,
    facets: sortFacets(
      facets,
      themes.map((t) => t.slug),
    ),
    canAdd: canCreateResource(actor),
    themes: themes.map((th) => ({ slug: th.slug, name: th.name })),
  };
}

function sortFacets(
  facets: Record<FacetName, FacetCount[]>,
  themeOrder: string[],
): Record<FacetName, FacetCount[]> {
  const byCount = (a: FacetCount, b: FacetCount) =>
    b.count - a.count || (a.label ?? a.value).localeCompare(b.label ?? b.value);
  facets.theme.sort((a, b) => themeOrder.indexOf(a.value) - themeOrder.indexOf(b.value));
  facets.year.sort((a, b) => Number(b.value) - Number(a.value));
  facets.language.sort(byCount);
  facets.region.sort(byCount);
  facets.kind.sort(byCount);
  // Many organisations publish: the 20 with most results, and any that is selected.
  facets.organisation = facets.organisation.sort(byCount).filter((o, i) => i < 20 || o.selected);
  return facets;
}
