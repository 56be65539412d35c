import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { Revision } from '../post-history.queries.ts';
import type { ModeratedPost } from '../reports.queries.ts';
import type { ThreadRef } from '../thread-access.queries.ts';

// Every text a post has had, for its subject's moderators: earlier versions, then the current one.

export function PostHistoryPage(props: {
  page: Page;
  post: ModeratedPost;
  thread: ThreadRef;
  revisions: Revision[];
}): JSX.Element {
  const { page, post, thread, revisions } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('moderation.history.title')}>
      <h1 safe>{t('moderation.history.title')}</h1>
      <p class="meta">
        <a href={`/threads/${thread.id}#post-${post.id}`} dir="auto" safe>
          {thread.title}
        </a>{' '}
        ·{' '}
        <span safe>
          {t('moderation.history.status', { status: t(`moderation.statuses.${post.status}`) })}
        </span>
      </p>
      <ol class="stack">
        {revisions.map((r) => (
          <li class="card post">
            <p class="meta" safe>
              {t('moderation.history.replaced', {
                date: page.formatDateTime(r.createdAt),
                name: r.editedByName ?? t('moderation.queue.formerOfficial'),
              })}
            </p>
            <pre dir="auto" safe>
              {r.body}
            </pre>
          </li>
        ))}
        <li class="card post">
          <p class="meta" safe>
            {t('moderation.history.current', {
              date: page.formatDateTime(post.editedAt ?? post.createdAt),
              name: post.authorName || t('moderation.queue.formerOfficial'),
            })}
          </p>
          <pre dir="auto" safe>
            {post.body}
          </pre>
        </li>
      </ol>
    </Layout>
  );
}
