import type { Page } from '../../../web/page.ts';
import { Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { ListedExchange } from '../exchange.queries.ts';

/** The exchanges an official follows, active first; an empty state that says what to do. */
export function ExchangeListPage(props: {
  page: Page;
  exchanges: ListedExchange[];
  canCreate: boolean;
  noticeKey?: string;
}): JSX.Element {
  const { page, exchanges, canCreate } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('exchanges.list.title')}>
      <h1 safe>{t('exchanges.list.title')}</h1>
      <Notice page={page} messageKey={props.noticeKey} />
      <p safe>{t('exchanges.list.intro')}</p>
      {canCreate ? (
        <p>
          <a class="button" href="/exchanges/new" safe>
            {t('exchanges.list.new')}
          </a>
        </p>
      ) : (
        ''
      )}
      {exchanges.length === 0 ? (
        <p safe>{canCreate ? t('exchanges.list.emptyFacilitator') : t('exchanges.list.empty')}</p>
      ) : (
        <ul class="card-grid">
          {exchanges.map((x) => (
            <li class="card">
              <h2>
                <a href={`/exchanges/${x.slug}`} dir="auto" safe>
                  {x.title}
                </a>
              </h2>
              <p>
                <span class="badge" safe>
                  {t(`exchanges.status.${x.status}`)}
                </span>
              </p>
              <p class="meta" safe>
                {x.cities.join(' · ')}
              </p>
              {x.facilitatorName ? (
                <p class="meta" safe>
                  {t('exchanges.list.facilitatedBy', { name: x.facilitatorName })}
                </p>
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
