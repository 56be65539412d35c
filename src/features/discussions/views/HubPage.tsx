import { isCoordinator } from '../../accounts/actor.ts';
import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { HubSubject, SearchResult } from '../hub.service.ts';
import { SEARCH_RESULTS } from '../thread-search.service.ts';
import { SearchBox, ThreadRows } from './ThreadRows.tsx';

// The discussions hub: a search across every thread the reader may read, and their subjects by
// kind with threads and news.

const KINDS = ['run', 'event', 'exchange', 'twinning', 'theme'] as const;

export function HubPage({ page, subjects }: { page: Page; subjects: HubSubject[] }): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('discussions.hub.title')}>
      <h1 safe>{t('discussions.hub.title')}</h1>
      <p safe>{t('discussions.hub.intro')}</p>
      {/* Coordinators may read every subject, but the hub and search keep to their own. */}
      {isCoordinator(page.actor) ? <p safe>{t('discussions.hub.coordinatorNote')}</p> : ''}
      <SearchBox page={page} action="/discussions/search" query="" />
      {KINDS.map((kind) => {
        const ofKind = subjects.filter((s) => s.subject.kind === kind);
        if (ofKind.length === 0) return '';
        return (
          <section aria-labelledby={`hub-${kind}`}>
            <h2 id={`hub-${kind}`} safe>
              {t(`discussions.kinds.${kind}`)}
            </h2>
            <ul class="card-grid">
              {ofKind.map((s) => (
                <li class="card">
                  <h3>
                    <a href={`/discussions/${kind}/${s.subject.id}`} safe>
                      {s.description.title}
                    </a>
                  </h3>
                  <p class="meta" safe>
                    {t('discussions.hub.threads', { count: s.threads })}
                  </p>
                  {s.withNew > 0 ? (
                    <p>
                      <strong class="badge" safe>
                        {t('discussions.hub.withNew', { count: s.withNew })}
                      </strong>
                    </p>
                  ) : (
                    ''
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Layout>
  );
}

export function SearchPage(props: {
  page: Page;
  query: string;
  results: SearchResult[];
  total: number;
}): JSX.Element {
  const { page, query, results, total } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('discussions.search.title')}>
      <p>
        <a href="/discussions" safe>
          {t('discussions.hub.title')}
        </a>
      </p>
      <h1 safe>{t('discussions.search.title')}</h1>
      <SearchBox page={page} action="/discussions/search" query={query} />
      {query === '' ? (
        <p safe>{t('discussions.search.prompt')}</p>
      ) : (
        <section aria-labelledby="results-title">
          <h2 id="results-title" safe>
            {t('discussions.search.results', { count: total })}
          </h2>
          {results.length === 0 ? (
            <p role="status" safe>
              {t('discussions.search.none')}
            </p>
          ) : (
            <>
              <ThreadRows
                page={page}
                threads={results}
                caption={t('discussions.search.caption')}
                whereOf={(thread) => results.find((r) => r.id === thread.id)?.where}
              />
              {total > SEARCH_RESULTS ? (
                <p class="meta" safe>
                  {t('discussions.search.more', { count: SEARCH_RESULTS })}
                </p>
              ) : (
                ''
              )}
            </>
          )}
        </section>
      )}
    </Layout>
  );
}
