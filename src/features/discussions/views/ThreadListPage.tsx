import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { Pagination } from '../../../web/views/Pagination.tsx';
import type { ThreadList } from '../thread-list.service.ts';
import { SearchBox, ThreadRows } from './ThreadRows.tsx';

// A subject's discussions: start one, search them, one page of threads, and for moderators of a
// small group who has not taken part yet.

export function ThreadListPage({ page, list }: { page: Page; list: ThreadList }): JSX.Element {
  const { t } = page;
  const base = `/discussions/${list.subject.kind}/${list.subject.id}`;
  const title = t('discussions.list.title', { subject: list.description.title });
  const searching = list.query !== '';
  // Facilitators of a run come from (and go back to) its cohort view.
  const back =
    list.subject.kind === 'run' && list.rights.moderate
      ? `/facilitate/runs/${list.subject.id}`
      : list.description.link;
  return (
    <Layout page={page} title={title}>
      <p>
        <a href="/discussions" safe>
          {t('discussions.hub.title')}
        </a>
        {' · '}
        <a href={back} safe>
          {list.description.title}
        </a>
      </p>
      <h1 safe>{title}</h1>
      {list.rights.post ? (
        <p>
          <a class="button" href={`${base}/new`} safe>
            {t('discussions.list.start')}
          </a>
        </p>
      ) : (
        ''
      )}
      <SearchBox page={page} action={base} query={list.query} />
      <section aria-labelledby="threads-title">
        <h2 id="threads-title" safe>
          {searching
            ? t('discussions.search.results', { count: list.total })
            : t('discussions.list.threads', { count: list.total })}
        </h2>
        {list.threads.length === 0 ? (
          <div role="status">
            <p safe>
              {searching
                ? t('discussions.search.none')
                : list.rights.post
                  ? t('discussions.list.emptyPost')
                  : t('discussions.list.empty')}
            </p>
            {searching ? (
              <p>
                <a href={base} safe>
                  {t('discussions.search.clear')}
                </a>
              </p>
            ) : (
              ''
            )}
          </div>
        ) : (
          <ThreadRows
            page={page}
            threads={list.threads}
            caption={searching ? t('discussions.search.caption') : t('discussions.list.caption')}
          />
        )}
        <Pagination
          page={page}
          back={
            list.page > 1
              ? {
                  href: `${base}?page=${list.page - 1}`,
                  label: t('common.pagination.previous'),
                  rel: 'prev',
                }
              : null
          }
          nextHref={list.hasMore ? `${base}?page=${list.page + 1}` : null}
        />
      </section>
      {list.silent ? (
        <section aria-labelledby="silent-title">
          <h2 id="silent-title" safe>
            {t('discussions.participation.title')}
          </h2>
          {list.silent.length === 0 ? (
            <p safe>{t('discussions.participation.everyone')}</p>
          ) : (
            <ul>
              {list.silent.map((m) => (
                <li safe>{m.name}</li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        ''
      )}
    </Layout>
  );
}
