import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { Notice } from '../../../web/views/forms.tsx';
import type { CheckInListItem } from '../check-ins.service.ts';
import type { FollowUpProject } from '../follow-up.queries.ts';
import { CheckInProjectLink, reporterText } from './CheckInParts.tsx';

const BADGE: Record<CheckInListItem['state'], string> = {
  submitted: 'badge',
  overdue: 'badge badge-alert',
  due: 'badge',
};

/** A project's check-ins in date order: due, overdue or submitted, and who reported. */
export function CheckInsPage({
  page,
  project,
  checkIns,
  canReport,
  notice,
}: {
  page: Page;
  project: FollowUpProject;
  checkIns: CheckInListItem[];
  canReport: boolean;
  notice?: string;
}): JSX.Element {
  const { t } = page;
  const title = t('follow-up.checkIns.title');
  const base = `/twinnings/${project.slug}/check-ins`;
  return (
    <Layout page={page} title={`${title} · ${project.title}`}>
      <CheckInProjectLink page={page} project={project} />
      <h1 safe>{title}</h1>
      <Notice page={page} messageKey={notice} />
      <p safe>{t('follow-up.checkIns.intro')}</p>
      {checkIns.length === 0 ? (
        <p safe>{t('follow-up.checkIns.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="meta" safe>
              {t('follow-up.checkIns.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('follow-up.checkIns.due')}
                </th>
                <th scope="col" safe>
                  {t('follow-up.checkIns.status')}
                </th>
                <th scope="col" safe>
                  {t('follow-up.checkIns.reportedBy')}
                </th>
                <th scope="col" safe>
                  {t('follow-up.checkIns.open')}
                </th>
              </tr>
            </thead>
            <tbody>
              {checkIns.map((c) => (
                <tr>
                  <th scope="row" safe>
                    {page.formatDate(c.dueOn)}
                  </th>
                  <td>
                    <span class={BADGE[c.state]} safe>
                      {t(`follow-up.state.${c.state}`)}
                    </span>
                  </td>
                  <td dir="auto" safe>
                    {reporterText(page, c)}
                  </td>
                  <td>
                    {c.submittedAt ? (
                      <a href={`${base}/${c.id}`} safe>
                        {t('follow-up.checkIns.read')}
                      </a>
                    ) : canReport ? (
                      <a href={`${base}/${c.id}`} safe>
                        {t('follow-up.checkIns.report')}
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
