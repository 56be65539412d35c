import type { Page } from '../../../web/page.ts';
import { Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { Pagination } from '../../../web/views/Pagination.tsx';
import type { NewsItem } from '../news.service.ts';
import { NewsCard } from './news-parts.tsx';

export interface NewsListPageProps {
  page: Page;
  items: NewsItem[];
  pageNumber: number;
  hasNext: boolean;
  /** Drafts and the "write" link, for those who write news. */
  drafts: NewsItem[];
  canWrite: boolean;
  noticeKey?: string;
}

/** Published news, newest first, with the feeds and (for coordinators) the drafts. */
export function NewsListPage(props: NewsListPageProps): JSX.Element {
  const { page, pageNumber } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('news.title')}>
      <Notice page={page} messageKey={props.noticeKey} />
      <h1 safe>{t('news.title')}</h1>
      <p class="meta">
        <span safe>{t('news.list.feeds')}</span>{' '}
        <a href={`/news/feed.atom?lang=${page.lang}`} type="application/atom+xml" safe>
          {t('news.list.atom')}
        </a>
        {' · '}
        <a href={`/news/feed.rss?lang=${page.lang}`} type="application/rss+xml" safe>
          {t('news.list.rss')}
        </a>
      </p>
      {props.canWrite ? (
        <p>
          <a class="button" href="/news/new" safe>
            {t('news.list.write')}
          </a>
        </p>
      ) : (
        ''
      )}
      {props.drafts.length ? (
        <section aria-labelledby="news-drafts">
          <h2 id="news-drafts" safe>
            {t('news.list.drafts')}
          </h2>
          <ul class="card-grid">
            {props.drafts.map((item) => (
              <NewsCard page={page} item={item} />
            ))}
          </ul>
        </section>
      ) : (
        ''
      )}
      {props.items.length ? (
        <ul class="card-grid">
          {props.items.map((item) => (
            <NewsCard page={page} item={item} heading="h2" />
          ))}
        </ul>
      ) : (
        <p safe>{t('news.list.empty')}</p>
      )}
      <Pagination
        page={page}
        back={
          pageNumber > 1
            ? {
                href: pageNumber === 2 ? '/news' : `/news?page=${pageNumber - 1}`,
                label: t('news.list.newer'),
                rel: pageNumber === 2 ? undefined : 'prev',
              }
            : null
        }
        nextHref={props.hasNext ? `/news?page=${pageNumber + 1}` : null}
      />
    </Layout>
  );
}
