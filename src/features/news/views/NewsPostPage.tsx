import { renderMarkdown } from '../../../web/markdown.ts';
import type { Page } from '../../../web/page.ts';
import { Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { NewsItem } from '../news.service.ts';
import { FallbackNote, NewsDate } from './news-parts.tsx';
import { DemoBadge } from '../../../web/views/DemoBadge.tsx';

/** One news post: in the reader's language, or the original with a note saying so. */
export function NewsPostPage(props: {
  page: Page;
  item: NewsItem;
  canEdit: boolean;
  noticeKey?: string;
}): JSX.Element {
  const { page, item } = props;
  const { t } = page;
  // Markdown is rendered to a safe subset (web/markdown.ts): raw HTML shows as text.
  const safeBody = item.body ? renderMarkdown(item.body) : '';
  return (
    <Layout page={page} title={item.title}>
      <Notice page={page} messageKey={props.noticeKey} />
      <p>
        <a href="/news" safe>
          {t('news.post.all')}
        </a>
      </p>
      {/* The post's own words carry its language; the date and notes are in the reader's. */}
      <article>
        <h1 lang={item.language} dir="auto" safe>
          {item.title}
        </h1>
        <p class="meta">
          {item.status === 'draft' ? (
            <>
              <span class="badge" safe>
                {t('news.post.draft')}
              </span>{' '}
            </>
          ) : (
            ''
          )}
          <DemoBadge page={page} when={item.isDemo} />
          <NewsDate page={page} item={item} />
        </p>
        <FallbackNote page={page} item={item} />
        {item.summary ? (
          <p class="lead" lang={item.language} dir="auto" safe>
            {item.summary}
          </p>
        ) : (
          ''
        )}
        <div lang={item.language} dir="auto">
          {safeBody}
        </div>
      </article>
      {props.canEdit ? (
        <p>
          <a class="button button-secondary" href={`/news/${item.slug}/edit`} safe>
            {t('news.post.edit')}
          </a>
        </p>
      ) : (
        ''
      )}
    </Layout>
  );
}
