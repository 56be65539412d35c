import type { Page } from '../../../web/page.ts';
import { CsrfField, Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { QueuedPost } from '../moderation-queue.queries.ts';
import type { ModerationQueue, ReportedPost } from '../moderation.service.ts';
import type { SuspensionRow } from '../suspensions-write.queries.ts';
import { ActionButton, excerpt, SubjectLink } from './ModerationParts.tsx';

// The moderators' queue: open reports, posts held for review and suspensions in force, oldest first.

function PostHeader(props: { page: Page; post: QueuedPost }): JSX.Element {
  const { page, post } = props;
  const { t } = page;
  return (
    <>
      <h3>
        <a href={`/threads/${post.threadId}#post-${post.postId}`} dir="auto" safe>
          {post.threadTitle}
        </a>
      </h3>
      <p class="meta">
        <span safe>
          {t('moderation.queue.by', {
            name: post.authorName || t('moderation.queue.formerOfficial'),
            date: page.formatDateTime(post.createdAt),
          })}
        </span>{' '}
        · <SubjectLink page={page} kind={post.subject.kind} id={post.subject.id} /> ·{' '}
        <a href={`/posts/${post.postId}/history`} safe>
          {t('moderation.queue.history')}
        </a>
      </p>
      <blockquote dir="auto" safe>
        {excerpt(post.body)}
      </blockquote>
    </>
  );
}

function suspendHref(post: QueuedPost): string {
  return `/moderation/suspensions/new?user=${post.authorId}&kind=${post.subject.kind}&subject=${post.subject.id}`;
}

function Reported(props: { page: Page; post: ReportedPost }): JSX.Element {
  const { page, post } = props;
  const { t } = page;
  return (
    <li class="card post">
      <PostHeader page={page} post={post} />
      <p safe>
        {post.reasons
          .map((r) =>
            t('moderation.queue.reasonCount', {
              reason: t(`moderation.reasons.${r.reason}`),
              n: page.formatNumber(r.count),
            }),
          )
          .join(' · ')}
      </p>
      <ul>
        {post.reports.map((r) => (
          <li>
            <span safe>
              {t('moderation.queue.reportedBy', {
                name: r.reporterName,
                reason: t(`moderation.reasons.${r.reason}`),
                date: page.formatDateTime(r.createdAt),
              })}
            </span>{' '}
            {r.note ? (
              <q dir="auto" safe>
                {r.note}
              </q>
            ) : (
              ''
            )}{' '}
            <ActionButton
              page={page}
              action={`/moderation/reports/${r.id}/dismiss`}
              label={t('moderation.queue.dismiss', { name: r.reporterName })}
            />
          </li>
        ))}
      </ul>
      <form method="post" action={`/moderation/posts/${post.postId}/hide`} class="stack" novalidate>
        <CsrfField page={page} />
        <div class="field">
          <label for={`hide-reason-${post.postId}`} safe>
            {t('moderation.queue.hideReason')}
          </label>
          <input id={`hide-reason-${post.postId}`} name="reason" type="text" maxlength={500} />
        </div>
        <p>
          <button type="submit" class="button button-danger" safe>
            {t('moderation.queue.hide')}
          </button>
        </p>
      </form>
      {post.authorId !== null ? (
        <p>
          <a href={suspendHref(post)} safe>
            {t('moderation.queue.suspendAuthor', { name: post.authorName })}
          </a>
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

function Held(props: { page: Page; post: QueuedPost }): JSX.Element {
  const { page, post } = props;
  const { t } = page;
  return (
    <li class="card post">
      <PostHeader page={page} post={post} />
      <p>
        <ActionButton
          page={page}
          action={`/moderation/posts/${post.postId}/approve`}
          label={t('moderation.queue.approve')}
        />{' '}
        <ActionButton
          page={page}
          action={`/moderation/posts/${post.postId}/reject`}
          label={t('moderation.queue.reject')}
          danger
        />
      </p>
    </li>
  );
}

function Suspension(props: { page: Page; s: SuspensionRow }): JSX.Element {
  const { page, s } = props;
  const { t } = page;
  return (
    <li class="card">
      <h3 dir="auto" safe>
        {s.userName}
      </h3>
      <p class="meta">
        <SubjectLink page={page} kind={s.subjectKind ?? 'everywhere'} id={s.subjectId ?? 0} /> ·{' '}
        <span safe>
          {s.endsAt
            ? t('moderation.queue.until', { date: page.formatDateTime(s.endsAt) })
            : t('moderation.queue.untilLifted')}
        </span>
      </p>
      <p dir="auto" safe>
        {s.reason}
      </p>
      <ActionButton
        page={page}
        action={`/moderation/suspensions/${s.id}/lift`}
        label={t('moderation.queue.lift', { name: s.userName })}
      />
    </li>
  );
}

export function ModerationPage(props: {
  page: Page;
  queue: ModerationQueue;
  noticeKey?: string;
}): JSX.Element {
  const { page, queue } = props;
  const { t } = page;
  const section = (title: string, empty: string, items: JSX.Element[]) => (
    <section>
      <h2 safe>{title}</h2>
      {items.length === 0 ? <p safe>{empty}</p> : <ul class="stack">{items}</ul>}
    </section>
  );
  return (
    <Layout page={page} title={t('moderation.queue.title')}>
      <h1 safe>{t('moderation.queue.title')}</h1>
      <Notice page={page} messageKey={props.noticeKey} />
      <p>
        <a href="/moderation/log" safe>
          {t('moderation.log.title')}
        </a>
      </p>
      {section(
        t('moderation.queue.reported'),
        t('moderation.queue.noReports'),
        queue.reported.map((p) => <Reported page={page} post={p} />),
      )}
      {section(
        t('moderation.queue.held'),
        t('moderation.queue.noHeld'),
        queue.held.map((p) => <Held page={page} post={p} />),
      )}
      {section(
        t('moderation.queue.suspensions'),
        t('moderation.queue.noSuspensions'),
        queue.suspensions.map((s) => <Suspension page={page} s={s} />),
      )}
    </Layout>
  );
}
