import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { CsrfField, Notice } from '../../../web/views/forms.tsx';
import { Pagination } from '../../../web/views/Pagination.tsx';
import type { NotificationList } from '../notifications.service.ts';

/** The official's notifications, each line translated now, in the reader's language. */
export function NotificationsPage({
  page,
  list,
  notice,
}: {
  page: Page;
  list: NotificationList;
  notice?: string;
}): JSX.Element {
  const { t } = page;
  const hasUnread = list.items.some((n) => n.readAt === null);
  const back =
    list.page > 1
      ? {
          href: list.page === 2 ? '/notifications' : `/notifications?page=${list.page - 1}`,
          label: t('common.pagination.previous'),
          rel: list.page === 2 ? undefined : ('prev' as const),
        }
      : null;
  return (
    <Layout page={page} title={t('notifications.list.title')}>
      <h1 safe>{t('notifications.list.title')}</h1>
      <Notice page={page} messageKey={notice} />
      <p>
        <a href="/account/notifications" safe>
          {t('notifications.list.choicesLink')}
        </a>
      </p>
      {hasUnread ? (
        <form method="post" action="/notifications/read-all" class="inline-form">
          <CsrfField page={page} />
          <button type="submit" class="button-secondary" safe>
            {t('notifications.list.markAllRead')}
          </button>
        </form>
      ) : (
        ''
      )}
      {list.items.length === 0 ? (
        <p safe>{t('notifications.list.empty')}</p>
      ) : (
        <ul>
          {list.items.map((n) => (
            <li id={`notification-${n.id}`}>
              <p>
                {n.readAt === null ? (
                  <>
                    <span class="badge" safe>
                      {t('notifications.list.unread')}
                    </span>{' '}
                  </>
                ) : (
                  ''
                )}
                <a href={`/notifications/${n.id}/open`}>
                  {n.readAt === null ? (
                    <strong safe>{t(n.message, n.params)}</strong>
                  ) : (
                    <span safe>{t(n.message, n.params)}</span>
                  )}
                </a>
              </p>
              <div class="meta">
                <time datetime={n.createdAt} safe>
                  {page.formatDateTimeForReader(n.createdAt)}
                </time>
                {n.readAt === null ? (
                  <>
                    {' · '}
                    <form method="post" action={`/notifications/${n.id}/read`} class="inline-form">
                      <CsrfField page={page} />
                      <button type="submit" class="link-button" safe>
                        {t('notifications.list.markRead')}
                      </button>
                    </form>
                  </>
                ) : (
                  ''
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        back={back}
        nextHref={list.hasNext ? `/notifications?page=${list.page + 1}` : null}
      />
    </Layout>
  );
}
