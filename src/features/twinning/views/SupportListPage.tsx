import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { FollowUpProject } from '../follow-up.queries.ts';
import type { SupportRequestRow } from '../support.queries.ts';
import { CheckInProjectLink } from './CheckInParts.tsx';

/** The badge of a request's status: open ones stand out. */
export function SupportStatusBadge({
  page,
  status,
}: {
  page: Page;
  status: SupportRequestRow['status'];
}): JSX.Element {
  return (
    <span class={status === 'open' ? 'badge badge-alert' : 'badge'} safe>
      {page.t(`follow-up.support.status.${status}`)}
    </span>
  );
}

/** A project's support requests, newest first, with their status. */
export function SupportListPage({
  page,
  project,
  requests,
  canAsk,
}: {
  page: Page;
  project: FollowUpProject;
  requests: SupportRequestRow[];
  canAsk: boolean;
}): JSX.Element {
  const { t } = page;
  const title = t('follow-up.support.title');
  const base = `/twinnings/${project.slug}/support`;
  return (
    <Layout page={page} title={`${title} · ${project.title}`}>
      <CheckInProjectLink page={page} project={project} />
      <h1 safe>{title}</h1>
      <p safe>{t('follow-up.support.intro')}</p>
      {canAsk ? (
        <p>
          <a class="button" href={`${base}/new`} safe>
            {t('follow-up.support.ask')}
          </a>
        </p>
      ) : (
        ''
      )}
      {requests.length === 0 ? (
        <p safe>{canAsk ? t('follow-up.support.emptyCity') : t('follow-up.support.empty')}</p>
      ) : (
        <ul class="card-grid">
          {requests.map((r) => (
            <li class="card">
              <h2>
                <a href={`${base}/${r.id}`} dir="auto" safe>
                  {r.title}
                </a>
              </h2>
              <p>
                <SupportStatusBadge page={page} status={r.status} />{' '}
                <span class="meta" safe>
                  {t('follow-up.support.meta', {
                    kind: t(`follow-up.support.kind.${r.kind}`),
                    city: r.cityName,
                    date: page.formatDate(r.createdAt),
                  })}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
