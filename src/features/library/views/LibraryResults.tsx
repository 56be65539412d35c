import type { Page } from '../../../web/page.ts';
import { languageName } from '../../../web/language-names.ts';
import type { Highlighted } from '../../../search/highlight.ts';
import type { LibrarySearch } from '../search.service.ts';
import type { LibraryResult } from '../search-results.ts';
import {
  FACET_ORDER,
  facetLabel,
  libraryHref,
  without,
  type SearchParams,
} from './LibraryFacets.tsx';

// One search result with the query's words marked, and what to do when nothing matches.

/** Text with the query's words in <mark>; every part escaped. */
function Marked({ text }: { text: Highlighted }): JSX.Element {
  return (
    <>
      {text.cutStart ? '… ' : ''}
      {text.segments.map((s) => (s.mark ? <mark safe>{s.text}</mark> : <span safe>{s.text}</span>))}
      {text.cutEnd ? ' …' : ''}
    </>
  );
}

/** One resource in the results: title, facts, summary, and where in a document it was found. */
export function Result({ page, result }: { page: Page; result: LibraryResult }): JSX.Element {
  const { t } = page;
  const other = result.language !== page.lang;
  // A text in another language than the page's is marked as such, with its direction.
  const textLang = other
    ? { lang: result.language, dir: result.language === 'ar' ? 'rtl' : 'ltr' }
    : {};
  const facts = [
    t(`library.kinds.${result.kind}`),
    result.year === null ? '' : String(result.year),
    result.organisations.join(', '),
  ].filter(Boolean);
  return (
    <li class="card">
      <h3 {...textLang}>
        <a href={`/library/${result.slug}`}>
          <Marked text={result.title} />
        </a>
      </h3>
      <p class="meta" safe>
        {facts.join(' · ')}
      </p>
      {result.summary ? (
        <p {...textLang}>
          <Marked text={result.summary} />
        </p>
      ) : (
        ''
      )}
      {result.document ? (
        <>
          <p class="meta" safe>
            {t('library-search.results.foundInDocument', {
              language: languageName(result.document.language, page.lang),
            })}
          </p>
          <blockquote
            lang={result.document.language}
            dir={result.document.language === 'ar' ? 'rtl' : 'ltr'}
          >
            <p>
              <Marked text={result.document.snippet} />
            </p>
          </blockquote>
        </>
      ) : (
        ''
      )}
    </li>
  );
}

/** Nothing matched: the filters to remove one by one, and the themes to browse. */
export function Empty(props: {
  page: Page;
  params: SearchParams;
  search: LibrarySearch;
}): JSX.Element {
  const { page, params, search } = props;
  const { t } = page;
  const selected = FACET_ORDER.flatMap((facet) =>
    search.facets[facet].filter((f) => f.selected).map((f) => ({ facet, f })),
  );
  const filtered = selected.length > 0 || params.q !== '';
  return (
    <div role="status">
      <p safe>{filtered ? t('library-search.empty.noMatch') : t('library-search.empty.nothing')}</p>
      {selected.length > 0 ? (
        <>
          <p safe>{t('library-search.empty.removeFilter')}</p>
          <ul>
            {selected.map(({ facet, f }) => (
              <li>
                <a href={libraryHref(without(params, facet, f.value))} safe>
                  {`${t(`library-search.facets.${facet}`)}: ${facetLabel(page, facet, f)}`}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      {filtered ? (
        <>
          <p safe>{t('library-search.empty.browseThemes')}</p>
          <ul>
            {search.themes.map((th) => (
              <li>
                <a href={`/library?theme=${encodeURIComponent(th.slug)}`} safe>
                  {th.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </div>
  );
}
