import type { Page } from '../../../web/page.ts';
import { ErrorSummary, TextField, type FieldErrors } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { Pagination } from '../../../web/views/Pagination.tsx';
import type { LibrarySearch } from '../search.service.ts';
import { Facets, FACET_ORDER, libraryHref, type SearchParams } from './LibraryFacets.tsx';
import { Empty, Result } from './LibraryResults.tsx';

export type { SearchParams } from './LibraryFacets.tsx';

export interface LibraryPageProps {
  page: Page;
  params: SearchParams;
  errors: FieldErrors;
  /** Null when the filters were refused (400). */
  search: LibrarySearch | null;
}

/** The library: search form, facets with counts, one page of highlighted results. */
export function LibraryPage(props: LibraryPageProps): JSX.Element {
  const { page, params, errors, search } = props;
  const { t } = page;
  const pageNumber = search?.page ?? 1;
  const prevHref = pageNumber > 1 ? libraryHref(params, pageNumber - 1) : null;
  const nextHref = search?.hasNext ? libraryHref(params, pageNumber + 1) : null;
  return (
    <Layout page={page} title={t('library-search.title')}>
      <h1 safe>{t('library-search.title')}</h1>
      <p class="lead" safe>
        {t('library-search.intro')}
      </p>
      {search?.canAdd ? (
        <p>
          <a class="button" href="/library/new" safe>
            {t('library-search.add')}
          </a>
        </p>
      ) : (
        ''
      )}
      <ErrorSummary page={page} errors={errors} />
      {search ? (
        ''
      ) : (
        <p>
          <a href="/library" safe>
            {t('library-search.facets.clearAll')}
          </a>
        </p>
      )}
      <form method="get" action="/library" role="search" class="filters">
        <TextField
          page={page}
          form={{ values: { q: params.q }, errors: {} }}
          name="q"
          type="search"
          label={t('library-search.search.label')}
        />
        {FACET_ORDER.flatMap((facet) =>
          params[facet].map((v) => <input type="hidden" name={facet} value={v} />),
        )}
        <div class="field">
          <button type="submit" safe>
            {t('library-search.search.button')}
          </button>
        </div>
      </form>
      {search?.queryIgnored ? (
        <p class="notice" role="status" safe>
          {t('library-search.notices.queryIgnored')}
        </p>
      ) : (
        ''
      )}
      {search?.queryCut ? (
        <p class="notice" role="status" safe>
          {t('library-search.notices.queryCut', { count: search.query.length })}
        </p>
      ) : (
        ''
      )}
      {search ? <Facets page={page} params={params} search={search} /> : ''}
      {search ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title" safe>
            {t('library-search.results.heading')}
          </h2>
          {search.total > 0 ? (
            <>
              <p role="status" safe>
                {t('library-search.results.count', {
                  count: search.total,
                  total: page.formatNumber(search.total),
                })}
              </p>
              <ul class="card-grid">
                {search.results.map((r) => (
                  <Result page={page} result={r} />
                ))}
              </ul>
            </>
          ) : (
            <Empty page={page} params={params} search={search} />
          )}
          <Pagination
            page={page}
            back={
              prevHref
                ? { href: prevHref, label: t('library-search.previousPage'), rel: 'prev' }
                : null
            }
            nextHref={nextHref}
          />
        </section>
      ) : (
        ''
      )}
    </Layout>
  );
}
