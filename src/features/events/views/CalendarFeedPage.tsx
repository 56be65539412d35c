import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { CsrfField } from '../../../web/views/forms.tsx';
import { AccountNav } from '../../accounts/views/AccountNav.tsx';

/**
 * The official's personal calendar feed: when its address was made and a button for a new one.
 * The address itself is shown only right after it is made (`feedUrl`), as only its hash is kept.
 */
export function CalendarFeedPage({
  page,
  since,
  feedUrl,
}: {
  page: Page;
  since?: string;
  feedUrl?: string;
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('feeds.account.title')}>
      <h1 safe>{t('feeds.account.title')}</h1>
      <AccountNav page={page} current="/account/calendar" />
      <p safe>{t('feeds.account.intro')}</p>
      {feedUrl ? (
        <div class="notice" role="status">
          <p safe>{t('feeds.account.newAddress')}</p>
          <p>
            <label for="feed-url" safe>
              {t('feeds.account.addressLabel')}
            </label>
            <input id="feed-url" type="text" readonly value={feedUrl} />
          </p>
          <p safe>{t('feeds.account.copyNow')}</p>
        </div>
      ) : since ? (
        <p safe>{t('feeds.account.since', { date: page.formatDateTime(since) })}</p>
      ) : (
        <p safe>{t('feeds.account.none')}</p>
      )}
      <form method="post" action="/account/calendar" class="stack">
        <CsrfField page={page} />
        <p safe>{t(since ? 'feeds.account.resetHelp' : 'feeds.account.createHelp')}</p>
        <button type="submit" class={since ? 'button button-secondary' : 'button'} safe>
          {t(since ? 'feeds.account.reset' : 'feeds.account.create')}
        </button>
      </form>
    </Layout>
  );
}
