import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { TwinningListRow } from '../twinning-list.queries.ts';

/** The twinning projects the official may see, newest first. */
export function TwinningListPage(props: {
  page: Page;
  rows: TwinningListRow[];
  canCreate: boolean;
}): JSX.Element {
  const { page, rows } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('twinning.list.title')}>
      <h1 safe>{t('twinning.list.title')}</h1>
      <p safe>{t('twinning.list.intro')}</p>
      {props.canCreate ? (
        <p>
          <a class="button" href="/twinnings/new" safe>
            {t('twinning.list.new')}
          </a>
        </p>
      ) : (
        ''
      )}
      {rows.length === 0 ? (
        <p safe>{t(props.canCreate ? 'twinning.list.emptyCreator' : 'twinning.list.empty')}</p>
      ) : (
        <ul class="card-grid">
          {rows.map((r) => (
            <li class="card">
              <h2>
                <a href={`/twinnings/${r.slug}`} dir="auto" safe>
                  {r.title}
                </a>
              </h2>
              <p dir="auto" safe>
                {r.cities.join(' · ')}
              </p>
              <p class="meta">
                <span class="badge" safe>
                  {t(`twinning.status.${r.status}`)}
                </span>{' '}
                <span safe>
                  {t('twinning.dates', {
                    start: page.formatDate(r.startsOn),
                    end: page.formatDate(r.endsOn),
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
