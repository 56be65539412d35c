import type { Page } from '../../../web/page.ts';
import { languageName } from '../../../web/language-names.ts';
import type { FacetName } from '../facets.service.ts';
import { SEARCH_PARAMS } from '../search.schema.ts';
import type { FacetCount, LibrarySearch } from '../search.service.ts';

// The library's facets: check-box groups with counts in a GET form (works without JavaScript),
// each with a link that clears it, and the links that keep the search's parameters.

/** The search as the visitor sent it: the query text and each facet's values. */
export type SearchParams = { q: string } & Record<FacetName, string[]>;

export const FACET_ORDER: FacetName[] = [
  'kind',
  'theme',
  'language',
  'region',
  'organisation',
  'year',
];

/** /library with these parameters (and a page number past the first). */
export function libraryHref(params: SearchParams, pageNumber = 1): string {
  const query = new URLSearchParams();
  for (const name of SEARCH_PARAMS) {
    if (name === 'q') {
      if (params.q) query.set('q', params.q);
    } else for (const v of params[name]) query.append(name, v);
  }
  if (pageNumber > 1) query.set('page', String(pageNumber));
  const text = query.toString();
  return text ? `/library?${text}` : '/library';
}

export function without(params: SearchParams, facet: FacetName, value?: string): SearchParams {
  return {
    ...params,
    [facet]: value === undefined ? [] : params[facet].filter((v) => v !== value),
  };
}

export function facetLabel(page: Page, facet: FacetName, f: FacetCount): string {
  if (f.label) return f.label;
  if (facet === 'kind') return page.t(`library.kinds.${f.value}`);
  if (facet === 'language') return languageName(f.value, page.lang);
  if (facet === 'region') return page.t(`organisations.worldRegions.${f.value}`);
  return f.value;
}

/** The facets with their counts, in a collapsible part of the page. */
export function Facets({
  page,
  params,
  search,
}: {
  page: Page;
  params: SearchParams;
  search: LibrarySearch;
}): JSX.Element {
  const { t } = page;
  return (
    <details open>
      <summary safe>{t('library-search.facets.heading')}</summary>
      <form method="get" action="/library" class="filters">
        {params.q ? <input type="hidden" name="q" value={params.q} /> : ''}
        {FACET_ORDER.map((facet) => {
          const list = search.facets[facet];
          if (list.length === 0) return '';
          return (
            <fieldset>
              <legend safe>{t(`library-search.facets.${facet}`)}</legend>
              {list.map((f) => (
                <div>
                  <label>
                    <input type="checkbox" name={facet} value={f.value} checked={f.selected} />{' '}
                    <span safe>{facetLabel(page, facet, f)}</span>{' '}
                    <span class="meta" safe>
                      {`(${page.formatNumber(f.count)})`}
                    </span>
                  </label>
                </div>
              ))}
              {params[facet].length > 0 ? (
                <a href={libraryHref(without(params, facet))} safe>
                  {t('library-search.facets.clear', { facet: t(`library-search.facets.${facet}`) })}
                </a>
              ) : (
                ''
              )}
            </fieldset>
          );
        })}
        <button type="submit" class="button-secondary" safe>
          {t('library-search.facets.apply')}
        </button>
      </form>
    </details>
  );
}
