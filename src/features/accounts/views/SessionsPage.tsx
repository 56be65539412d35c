import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { CsrfField, Notice } from '../../../web/views/forms.tsx';
import type { SessionSummary } from '../sessions.service.ts';
import { AccountNav } from './AccountNav.tsx';

function device(page: Page, s: SessionSummary): string {
  const browser = s.browser ?? page.t('accounts.sessions.unknownBrowser');
  return s.system ? page.t('accounts.sessions.browserOn', { browser, system: s.system }) : browser;
}

export function SessionsPage({
  page,
  sessions,
  notice,
}: {
  page: Page;
  sessions: SessionSummary[];
  notice?: string;
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('accounts.sessions.title')}>
      <h1 safe>{t('accounts.sessions.title')}</h1>
      <AccountNav page={page} current="/account/sessions" />
      <Notice page={page} messageKey={notice} />
      <p safe>{t('accounts.sessions.intro')}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col" safe>
                {t('accounts.sessions.device')}
              </th>
              <th scope="col" safe>
                {t('accounts.sessions.address')}
              </th>
              <th scope="col" safe>
                {t('accounts.sessions.started')}
              </th>
              <th scope="col" safe>
                {t('accounts.sessions.lastSeen')}
              </th>
              <th scope="col" safe>
                {t('accounts.sessions.action')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr>
                <th scope="row" id={`session-${s.id}`}>
                  <span safe>{device(page, s)}</span>
                  {s.isCurrent ? (
                    <>
                      {' '}
                      <span class="badge" safe>
                        {t('accounts.sessions.current')}
                      </span>
                    </>
                  ) : (
                    ''
                  )}
                </th>
                <td dir="ltr" safe>
                  {s.ip}
                </td>
                <td safe>{page.formatDateTime(s.createdAt)}</td>
                <td safe>{page.formatDateTime(s.lastSeenAt)}</td>
                <td>
                  {s.isCurrent ? (
                    <span class="meta" safe>
                      {t('accounts.sessions.currentHint')}
                    </span>
                  ) : (
                    <form
                      method="post"
                      action={`/account/sessions/${s.id}/revoke`}
                      class="inline-form"
                    >
                      <CsrfField page={page} />
                      <button
                        type="submit"
                        class="button-secondary"
                        aria-describedby={`session-${s.id}`}
                        safe
                      >
                        {t('accounts.sessions.revoke')}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
