import type { Page } from '../../../web/page.ts';
import type { AuditEventRow } from '../audit.queries.ts';
import { auditText } from './labels.ts';

/** The latest recorded changes to an official's account, newest first. */
export function AuditList({ page, events }: { page: Page; events: AuditEventRow[] }): JSX.Element {
  const { t } = page;
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title" safe>
        {t('admin.user.auditTitle')}
      </h2>
      {events.length === 0 ? (
        <p safe>{t('admin.user.noAuditEvents')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('admin.audit.when')}
                </th>
                <th scope="col" safe>
                  {t('admin.audit.what')}
                </th>
                <th scope="col" safe>
                  {t('admin.audit.who')}
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr>
                  <td>
                    <time datetime={e.createdAt} safe>
                      {page.formatDateTime(e.createdAt)}
                    </time>
                  </td>
                  <td dir="auto" safe>
                    {auditText(page, e.action, e.details)}
                  </td>
                  <td dir="auto" safe>
                    {e.actorName ?? t('admin.audit.noActor')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
