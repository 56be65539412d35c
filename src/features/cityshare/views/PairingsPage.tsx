import type { Page } from '../../../web/page.ts';
import { Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { PairingSummary } from '../pairings.queries.ts';

/** The facilitators' list of cohort pairings, newest first. */
export function PairingsPage(props: {
  page: Page;
  pairings: PairingSummary[];
  notice?: string;
}): JSX.Element {
  const { page, pairings } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('pairings.list.title')}>
      <h1 safe>{t('pairings.list.title')}</h1>
      <Notice page={page} messageKey={props.notice} />
      <p class="lead" safe>
        {t('pairings.list.intro')}
      </p>
      <p>
        <a class="button" href="/facilitate/pairings/new" safe>
          {t('pairings.list.new')}
        </a>
      </p>
      {pairings.length === 0 ? (
        <p role="status" safe>
          {t('pairings.list.empty')}
        </p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption safe>{t('pairings.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('pairings.list.name')}
                </th>
                <th scope="col" safe>
                  {t('pairings.list.cities')}
                </th>
                <th scope="col" safe>
                  {t('pairings.list.updated')}
                </th>
                <th scope="col" safe>
                  {t('pairings.list.createdBy')}
                </th>
              </tr>
            </thead>
            <tbody>
              {pairings.map((p) => (
                <tr>
                  <th scope="row">
                    <a href={`/facilitate/pairings/${p.id}`} dir="auto" safe>
                      {p.title}
                    </a>
                  </th>
                  <td safe>{page.formatNumber(p.cities)}</td>
                  <td safe>{page.formatDate(p.updatedAt, 'medium')}</td>
                  <td dir="auto" safe>
                    {p.createdBy ?? '—'}
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
