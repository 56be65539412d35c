import type { Page } from '../../../web/page.ts';
import { CsrfField } from '../../../web/views/forms.tsx';
import type { ShownPost } from '../thread-page.service.ts';

// One post of a thread page: author, time, badges, the quoted post, the body, attachments and the
// buttons the reader may use. Every button is a link or a small form, so nothing needs JavaScript.

export interface PostItemProps {
  page: Page;
  post: ShownPost;
  threadId: number;
  /** The thread page this post is on, sent back by its forms so the reader returns there. */
  pageNumber: number;
  canPost: boolean;
  moderator: boolean;
}

export function PostItem({ page, post, threadId, pageNumber, canPost, moderator }: PostItemProps) {
  const { t } = page;
  const author = post.authorName ?? t('threads.post.formerMember');
  const classes = ['post', 'card', post.isAnswer ? 'post-answer' : ''].filter(Boolean).join(' ');
  return (
    <li>
      <article id={`post-${post.id}`} class={classes} aria-labelledby={`post-${post.id}-by`}>
        <header>
          <p class="meta">
            <strong id={`post-${post.id}-by`} safe>
              {author}
            </strong>{' '}
            <time datetime={post.createdAt} safe>
              {page.formatDateTimeForReader(post.createdAt)}
            </time>
            {post.editedAt && post.status !== 'deleted' ? (
              <>
                {' · '}
                <span safe>
                  {t('threads.post.edited', { time: page.formatDateTimeForReader(post.editedAt) })}
                </span>
              </>
            ) : (
              ''
            )}
          </p>
          <Badges page={page} post={post} />
        </header>
        <PostContent page={page} post={post} moderator={moderator} />
        <PostActions
          page={page}
          post={post}
          threadId={threadId}
          pageNumber={pageNumber}
          canPost={canPost}
          moderator={moderator}
        />
      </article>
    </li>
  );
}

function Badges({ page, post }: { page: Page; post: ShownPost }): JSX.Element {
  const { t } = page;
  const badges: Array<[string, string]> = [];
  if (post.isAnswer) badges.push(['badge', t('threads.post.answer')]);
  if (post.isNew) badges.push(['badge', t('threads.post.new')]);
  if (post.status === 'held') badges.push(['badge badge-alert', t('threads.post.held')]);
  if (post.status === 'hidden' && post.showBody)
    badges.push(['badge badge-alert', t('threads.post.hiddenBadge')]);
  if (badges.length === 0) return <></>;
  return (
    <p>
      {badges.map(([cls, label]) => (
        <>
          <span class={cls} safe>
            {label}
          </span>{' '}
        </>
      ))}
    </p>
  );
}

function PostContent({
  page,
  post,
  moderator,
}: {
  page: Page;
  post: ShownPost;
  moderator: boolean;
}) {
  const { t } = page;
  if (post.status === 'deleted')
    return (
      <p class="meta">
        <em safe>{t('threads.post.deleted')}</em>
        {moderator ? (
          <>
            {' '}
            <a href={`/posts/${post.id}/history`} safe>
              {t('threads.post.history')}
            </a>
          </>
        ) : (
          ''
        )}
      </p>
    );
  if (!post.showBody)
    return (
      <p class="meta">
        <em safe>{t('threads.post.hidden')}</em>
      </p>
    );
  // body_html was rendered once from the Markdown by web/markdown.ts (a safe subset: no raw HTML,
  // no javascript: links), so it is printed as it is; the `safe` prefix tells xss-scan so.
  const safeBodyHtml = post.bodyHtml;
  return (
    <>
      {post.quote ? (
        <blockquote class="quote">
          <p class="meta" safe>
            {t('threads.post.quoting', {
              name: post.quote.authorName ?? t('threads.post.formerMember'),
            })}
          </p>
          {post.quote.excerpt !== null ? (
            <p class="post-quote" dir="auto" safe>
              {post.quote.excerpt}
            </p>
          ) : (
            <p class="meta" safe>
              {t('threads.post.quoteUnavailable')}
            </p>
          )}
        </blockquote>
      ) : (
        ''
      )}
      <div class="post-body" dir="auto">
        {safeBodyHtml}
      </div>
      {post.attachments.length > 0 ? (
        <ul class="post-attachments" aria-label={t('threads.post.attachments')}>
          {post.attachments.map((a) => (
            <li>
              <a href={`/posts/${post.id}/attachments/${a.id}`} safe>
                {a.fileName}
              </a>{' '}
              <span class="meta" safe>
                {t('threads.post.size', { size: page.formatNumber(Math.ceil(a.size / 1024)) })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        ''
      )}
    </>
  );
}

function PostActions(props: PostItemProps): JSX.Element {
  const { page, post, threadId, pageNumber, canPost, moderator } = props;
  const { t } = page;
  if (post.status === 'deleted') return <></>;
  const form = (action: string, label: string, cls = 'button-secondary') => (
    <form method="post" action={action} class="inline-form">
      <CsrfField page={page} />
      <input type="hidden" name="page" value={String(pageNumber)} />
      <button type="submit" class={`button ${cls}`} safe>
        {label}
      </button>
    </form>
  );
  const quoteHref = `/threads/${threadId}?${pageNumber > 1 ? `page=${pageNumber}&` : ''}quote=${post.id}#reply`;
  return (
    <p class="post-actions">
      {canPost && post.status === 'visible' ? (
        <a class="button button-secondary" href={quoteHref} safe>
          {t('threads.post.quote')}
        </a>
      ) : (
        ''
      )}{' '}
      {post.isOwn ? (
        <>
          <a class="button button-secondary" href={`/posts/${post.id}/edit`} safe>
            {t('threads.post.edit')}
          </a>{' '}
          {form(`/posts/${post.id}/delete`, t('threads.post.delete'), 'button-danger')}
        </>
      ) : post.status === 'visible' ? (
        <a class="button button-secondary" href={`/posts/${post.id}/report`} safe>
          {t('threads.post.report')}
        </a>
      ) : (
        ''
      )}{' '}
      {moderator && post.status === 'visible'
        ? post.isAnswer
          ? form(`/posts/${post.id}/unanswer`, t('threads.post.unmarkAnswer'))
          : form(`/posts/${post.id}/answer`, t('threads.post.markAnswer'))
        : ''}{' '}
      {moderator && post.editedAt ? (
        <a href={`/posts/${post.id}/history`} safe>
          {t('threads.post.history')}
        </a>
      ) : (
        ''
      )}
    </p>
  );
}
