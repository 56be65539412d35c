import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import { DemoBadge } from '../../../web/views/DemoBadge.tsx';
import type { NewsItem } from '../news.service.ts';

// Pieces shared by the news list, a post and the home page.

/** The date a post bears, or nothing for a draft without one. */
export function NewsDate({ page, item }: { page: Page; item: NewsItem }): JSX.Element {
  if (!item.publishedAt) return '';
  return (
    <time datetime={item.publishedAt.slice(0, 10)} safe>
      {page.formatDate(item.publishedAt)}
    </time>
  );
}

/** "In French": said when a post is shown in another language than the reader's. */
export function FallbackNote({ page, item }: { page: Page; item: NewsItem }): JSX.Element {
  if (!item.isFallback) return '';
  return (
    <p class="meta" safe>
      {page.t('news.fallback', { language: languageName(item.language, page.lang) })}
    </p>
  );
}

/** A post as a card: title (linked), date, summary. */
export function NewsCard({
  page,
  item,
  heading = 'h3',
}: {
  page: Page;
  item: NewsItem;
  heading?: 'h2' | 'h3';
}): JSX.Element {
  // The post's own words carry its language; the date and notes are in the reader's.
  const title = (
    <a href={`/news/${item.slug}`} lang={item.language} dir="auto" safe>
      {item.title}
    </a>
  );
  return (
    <li class="card">
      {heading === 'h2' ? <h2>{title}</h2> : <h3>{title}</h3>}
      <p class="meta">
        <DemoBadge page={page} when={item.isDemo} />
        <NewsDate page={page} item={item} />
      </p>
      {item.summary ? (
        <p lang={item.language} dir="auto" safe>
          {item.summary}
        </p>
      ) : (
        ''
      )}
      <FallbackNote page={page} item={item} />
    </li>
  );
}
