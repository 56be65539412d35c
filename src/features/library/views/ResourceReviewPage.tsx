import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { ResourceListRow } from '../review.queries.ts';
import { ResourceListTable } from './ResourceReviewTable.tsx';

/** The coordinators' queue: resources waiting for review, the longest-waiting first. */
export function ResourceReviewPage(props: { page: Page; rows: ResourceListRow[] }): JSX.Element {
  const { page, rows } = props;
  const { t } = page;
  const title = t('library-edit.queue.title');
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      {rows.length ? (
        <ResourceListTable page={page} rows={rows} caption={t('library-edit.queue.caption')} />
      ) : (
        <p>
          <span safe>{t('library-edit.queue.empty')}</span>{' '}
          <a href="/library" safe>
            {t('library-edit.queue.emptyNext')}
          </a>
        </p>
      )}
    </Layout>
  );
}
