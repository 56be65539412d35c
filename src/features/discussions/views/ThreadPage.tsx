import type { Page } from '../../../web/page.ts';
import { CsrfField, Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { Pagination } from '../../../web/views/Pagination.tsx';
import type { ThreadPageData } from '../thread-page.service.ts';
import { PostForm } from './PostForm.tsx';
import { PostItem } from './PostItem.tsx';
import { DemoBadge } from '../../../web/views/DemoBadge.tsx';

// A thread: its subject, badges and actions, one page of posts, and the reply form at the end.

export interface ThreadPageProps {
  page: Page;
  data: ThreadPageData;
  noticeKey?: string;
  /** What was typed in the reply form, when it comes back with errors. */
  reply?: { values: Record<string, string>; errors: Record<string, string> };
}

export function ThreadPage({ page, data, noticeKey, reply }: ThreadPageProps): JSX.Element {
  const { t } = page;
  const { thread, rights } = data;
  const base = `/threads/${thread.id}`;
  const pageHref = (n: number) => (n > 1 ? `${base}?page=${n}` : base);
  return (
    <Layout page={page} title={thread.title}>
      <p>
        <a href={`/discussions/${thread.subject.kind}/${thread.subject.id}`} safe>
          {t('threads.page.backTo', {
            subject: data.subjectName ?? t(`threads.subjects.${thread.subject.kind}`),
          })}
        </a>
      </p>
      <h1 class="thread-title" dir="auto" safe>
        {thread.title}
      </h1>
      <ThreadBadges page={page} data={data} />
      <Notice page={page} messageKey={noticeKey} />
      {data.answerPage !== null && thread.answerPostId !== null ? (
        <p>
          <a href={`${pageHref(data.answerPage)}#post-${thread.answerPostId}`} safe>
            {t('threads.page.goToAnswer')}
          </a>
        </p>
      ) : (
        ''
      )}
      <ThreadActions page={page} data={data} />
      <h2 safe>{t('threads.page.posts')}</h2>
      <ol class="posts">
        {data.posts.map((post) => (
          <PostItem
            page={page}
            post={post}
            threadId={thread.id}
            pageNumber={data.page}
            canPost={rights.post && (!thread.isLocked || rights.moderate)}
            moderator={rights.moderate}
          />
        ))}
      </ol>
      <Pagination
        page={page}
        back={
          data.page > 1
            ? {
                href: pageHref(data.page - 1),
                label: t('common.pagination.previous'),
                rel: 'prev',
              }
            : null
        }
        nextHref={data.page < data.pageCount ? pageHref(data.page + 1) : null}
      />
      <ReplySection page={page} data={data} reply={reply} />
    </Layout>
  );
}

function ThreadBadges({ page, data }: { page: Page; data: ThreadPageData }): JSX.Element {
  const { t } = page;
  const { thread } = data;
  const labels = [
    thread.isPinned ? t('threads.badges.pinned') : '',
    thread.isLocked ? t('threads.badges.locked') : '',
    thread.answerPostId !== null ? t('threads.badges.answered') : '',
  ].filter(Boolean);
  return (
    <p class="meta">
      <DemoBadge page={page} when={thread.isDemo} />
      {labels.map((label) => (
        <>
          <span class="badge" safe>
            {label}
          </span>{' '}
        </>
      ))}
      <span safe>
        {t('threads.page.pageOf', {
          page: page.formatNumber(data.page),
          count: page.formatNumber(data.pageCount),
        })}
      </span>
    </p>
  );
}

/** Follow / mute for every reader; pin and lock for moderators. Small forms, no JavaScript. */
function ThreadActions({ page, data }: { page: Page; data: ThreadPageData }): JSX.Element {
  const { t } = page;
  const { thread, rights, follow } = data;
  const form = (action: string, label: string) => (
    <form method="post" action={`/threads/${thread.id}/${action}`} class="inline-form">
      <CsrfField page={page} />
      <input type="hidden" name="page" value={String(data.page)} />
      <button type="submit" class="button button-secondary" safe>
        {label}
      </button>
    </form>
  );
  return (
    <div class="thread-actions">
      <p class="meta" safe>
        {t(`threads.follow.state.${follow}`)}
      </p>
      <p>
        {follow !== 'following' ? form('follow', t('threads.follow.follow')) : ''}{' '}
        {follow !== 'muted' ? form('mute', t('threads.follow.mute')) : ''}{' '}
        {follow === 'following' ? form('unfollow', t('threads.follow.unfollow')) : ''}
        {follow === 'muted' ? form('unfollow', t('threads.follow.unmute')) : ''}
      </p>
      {rights.moderate ? (
        <p>
          {thread.isPinned
            ? form('unpin', t('threads.moderate.unpin'))
            : form('pin', t('threads.moderate.pin'))}{' '}
          {thread.isLocked
            ? form('unlock', t('threads.moderate.unlock'))
            : form('lock', t('threads.moderate.lock'))}
        </p>
      ) : (
        ''
      )}
    </div>
  );
}

/** The reply form, or why there is none: a locked thread still takes moderators' replies. */
function ReplySection(props: Omit<ThreadPageProps, 'noticeKey'>): JSX.Element {
  const { page, data, reply } = props;
  const { t } = page;
  const { thread, rights } = data;
  if (!rights.post) return <></>;
  const locked = thread.isLocked && !rights.moderate;
  const quote = data.replyQuote;
  return (
    <section id="reply" aria-labelledby="reply-title">
      <h2 id="reply-title" safe>
        {t('threads.reply.title')}
      </h2>
      {locked ? (
        <p class="notice" safe>
          {t('threads.reply.locked')}
        </p>
      ) : (
        <PostForm
          page={page}
          action={`/threads/${thread.id}/posts`}
          values={reply?.values ?? {}}
          errors={reply?.errors ?? {}}
          quote={
            quote && quote.excerpt !== null
              ? { id: quote.postId, authorName: quote.authorName, excerpt: quote.excerpt }
              : undefined
          }
        />
      )}
    </section>
  );
}
