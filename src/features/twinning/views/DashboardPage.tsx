import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { FollowUpDashboard } from '../dashboard.service.ts';

interface LateItem {
  dueOn: string;
  what: string;
  href: string;
  slug: string;
  project: string;
}

/** Overdue actions and missed check-ins in one list, oldest first. */
function lateItems(page: Page, d: FollowUpDashboard): LateItem[] {
  const { t } = page;
  const items: LateItem[] = [
    ...d.overdueActions.map((a) => ({
      dueOn: a.dueOn,
      what: t('follow-up.dashboard.overdueAction', { title: a.title, city: a.cityName }),
      href: `/twinnings/${a.slug}`,
      slug: a.slug,
      project: a.project,
    })),
    ...d.missedCheckIns.map((c) => ({
      dueOn: c.dueOn,
      what: t('follow-up.dashboard.missedCheckIn'),
      href: `/twinnings/${c.slug}/check-ins/${c.id}`,
      slug: c.slug,
      project: c.project,
    })),
  ];
  return items.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

function Th({ label }: { label: string }): JSX.Element {
  return (
    <th scope="col" safe>
      {label}
    </th>
  );
}

function Late({ page, d }: { page: Page; d: FollowUpDashboard }): JSX.Element {
  const { t } = page;
  const items = lateItems(page, d);
  if (items.length === 0) return <p safe>{t('follow-up.dashboard.nothingLate')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <Th label={t('follow-up.dashboard.dueOn')} />
            <Th label={t('follow-up.dashboard.what')} />
            <Th label={t('follow-up.dashboard.project')} />
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr>
              <th scope="row" safe>
                {page.formatDate(i.dueOn)}
              </th>
              <td>
                <a href={i.href} dir="auto" safe>
                  {i.what}
                </a>
              </td>
              <td>
                <a href={`/twinnings/${i.slug}`} dir="auto" safe>
                  {i.project}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Support({ page, d }: { page: Page; d: FollowUpDashboard }): JSX.Element {
  const { t } = page;
  if (d.openSupport.length === 0) return <p safe>{t('follow-up.dashboard.noSupport')}</p>;
  return (
    <ul>
      {d.openSupport.map((r) => (
        <li>
          <a href={`/twinnings/${r.slug}/support/${r.id}`} dir="auto" safe>
            {r.title}
          </a>{' '}
          <span class="meta" safe>
            {t('follow-up.dashboard.supportMeta', {
              status: t(`follow-up.support.status.${r.status}`),
              city: r.cityName,
              project: r.project,
              date: page.formatDate(r.createdAt),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Twinnings({ page, d }: { page: Page; d: FollowUpDashboard }): JSX.Element {
  const { t } = page;
  const n = (x: number) => page.formatNumber(x);
  if (d.twinnings.length === 0) return <p safe>{t('follow-up.dashboard.noTwinnings')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <Th label={t('follow-up.dashboard.project')} />
            <Th label={t('follow-up.dashboard.ends')} />
            <Th label={t('follow-up.dashboard.cities')} />
            <Th label={t('follow-up.dashboard.actions')} />
            <Th label={t('follow-up.dashboard.overdue')} />
            <Th label={t('follow-up.dashboard.missed')} />
            <Th label={t('follow-up.dashboard.support')} />
          </tr>
        </thead>
        <tbody>
          {d.twinnings.map((p) => (
            <tr>
              <th scope="row">
                <a href={`/twinnings/${p.slug}`} dir="auto" safe>
                  {p.title}
                </a>{' '}
                <span class="badge" safe>
                  {t(`follow-up.dashboard.twinningStatus.${p.status}`)}
                </span>
              </th>
              <td safe>{page.formatDate(p.endsOn)}</td>
              <td safe>{n(p.cities)}</td>
              <td safe>{n(p.actions)}</td>
              <td safe>{n(p.overdueActions)}</td>
              <td safe>{n(p.missedCheckIns)}</td>
              <td safe>{n(p.openSupport)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Exchanges({ page, d }: { page: Page; d: FollowUpDashboard }): JSX.Element {
  const { t } = page;
  const n = (x: number) => page.formatNumber(x);
  if (d.exchanges.length === 0) return <p safe>{t('follow-up.dashboard.noExchanges')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <Th label={t('follow-up.dashboard.exchange')} />
            <Th label={t('follow-up.dashboard.cities')} />
            <Th label={t('follow-up.dashboard.meetings')} />
            <Th label={t('follow-up.dashboard.openActions')} />
          </tr>
        </thead>
        <tbody>
          {d.exchanges.map((e) => (
            <tr>
              <th scope="row">
                <a href={`/exchanges/${e.slug}`} dir="auto" safe>
                  {e.title}
                </a>{' '}
                <span class="badge" safe>
                  {t(`follow-up.dashboard.exchangeStatus.${e.status}`)}
                </span>
              </th>
              <td safe>{n(e.cities)}</td>
              <td safe>{n(e.meetings)}</td>
              <td safe>{n(e.openActions)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The CityShare dashboard of facilitators and coordinators: what is late first. */
export function DashboardPage({ page, data }: { page: Page; data: FollowUpDashboard }) {
  const { t } = page;
  const title = t('follow-up.dashboard.title');
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <p safe>
        {data.everything ? t('follow-up.dashboard.introAll') : t('follow-up.dashboard.introMine')}
      </p>
      <h2 safe>{t('follow-up.dashboard.lateTitle')}</h2>
      <Late page={page} d={data} />
      <h2 safe>{t('follow-up.dashboard.supportTitle')}</h2>
      <Support page={page} d={data} />
      <h2 safe>{t('follow-up.dashboard.twinningsTitle')}</h2>
      <Twinnings page={page} d={data} />
      <h2 safe>{t('follow-up.dashboard.exchangesTitle')}</h2>
      <Exchanges page={page} d={data} />
    </Layout>
  );
}
