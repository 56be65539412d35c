import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { TextField } from '../../../web/views/forms.tsx';
import type { OutboxQuery } from '../admin.schema.ts';
import type { OutboxPage as OutboxResult } from '../outbox.service.ts';
import { AdminNav } from './AdminNav.tsx';

function olderHref(query: OutboxQuery, before: number): string {
  const params = new URLSearchParams();
  if (query.to) params.set('to', query.to);
  params.set('before', String(before));
  return `/admin/outbox?${params.toString()}`;
}

export function OutboxPage({
  page,
  query,
  result,
}: {
  page: Page;
  query: OutboxQuery;
  result: OutboxResult;
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('admin.outbox.title')}>
      <AdminNav page={page} />
      <h1 safe>{t('admin.outbox.title')}</h1>
      <p safe>{t(result.logOnly ? 'admin.outbox.logOnly' : 'admin.outbox.smtp')}</p>
      <form method="get" action="/admin/outbox" class="filters" role="search">
        <TextField
          page={page}
          form={{ values: { to: query.to }, errors: {} }}
          name="to"
          type="search"
          label={t('admin.outbox.recipient')}
          hint={t('admin.outbox.recipientHint')}
          maxlength={254}
        />
        <div class="field">
          <button type="submit" safe>
            {t('common.form.filter')}
          </button>
        </div>
      </form>
      {result.emails.length === 0 ? (
        <p role="status" safe>
          {t(query.to || query.before ? 'admin.outbox.noMatch' : 'admin.outbox.empty')}
        </p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('admin.outbox.written')}
                </th>
                <th scope="col" safe>
                  {t('admin.outbox.recipient')}
                </th>
                <th scope="col" safe>
                  {t('admin.outbox.subject')}
                </th>
                <th scope="col" safe>
                  {t('admin.outbox.kind')}
                </th>
                <th scope="col" safe>
                  {t('admin.outbox.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.emails.map((e) => (
                <tr>
                  <td>
                    <time datetime={e.createdAt} safe>
                      {page.formatDateTime(e.createdAt)}
                    </time>
                  </td>
                  <td safe>{e.toAddress}</td>
                  <th scope="row">
                    <a href={`/admin/outbox/${e.id}`} dir="auto" safe>
                      {e.subject || t('admin.outbox.noSubject')}
                    </a>
                  </th>
                  <td safe>{e.kind}</td>
                  <td safe>{t(`admin.outbox.statuses.${e.status}`, { defaultValue: e.status })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.before || result.next ? (
        <nav class="pagination" aria-label={t('common.pagination.label')}>
          {query.before ? (
            <a
              href={query.to ? `/admin/outbox?to=${encodeURIComponent(query.to)}` : '/admin/outbox'}
              safe
            >
              {t('admin.outbox.newest')}
            </a>
          ) : (
            ''
          )}
          {result.next ? (
            <a href={olderHref(query, result.next)} rel="next" safe>
              {t('admin.outbox.older')}
            </a>
          ) : (
            ''
          )}
        </nav>
      ) : (
        ''
      )}
    </Layout>
  );
}
