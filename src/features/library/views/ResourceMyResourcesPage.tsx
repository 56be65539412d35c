import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { ResourceListRow } from '../review.queries.ts';
import { RESOURCE_STATUSES } from '../resource-kinds.ts';
import { ResourceListTable } from './ResourceReviewTable.tsx';

/** A partner editor's resources (a coordinator's: all) by status, with a "new resource" button. */
export function ResourceMyResourcesPage(props: {
  page: Page;
  rows: ResourceListRow[];
}): JSX.Element {
  const { page, rows } = props;
  const { t } = page;
  const title = t('library-edit.mine.title');
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <p>
        <a class="button" href="/library/new" safe>
          {t('library-edit.mine.new')}
        </a>
      </p>
      {rows.length === 0 ? <p safe>{t('library-edit.mine.empty')}</p> : ''}
      {RESOURCE_STATUSES.map((status) => {
        const group = rows.filter((r) => r.status === status);
        if (!rows.length) return '';
        return (
          <section aria-labelledby={`status-${status}`}>
            <h2 id={`status-${status}`} safe>
              {t(`library-edit.mine.${status}`)}
            </h2>
            {group.length ? (
              <ResourceListTable
                page={page}
                rows={group}
                caption={t(`library-edit.mine.${status}`)}
                withComment={status === 'draft' && group.some((r) => r.reviewComment !== '')}
              />
            ) : (
              <p safe>{t(`library-edit.mine.none.${status}`)}</p>
            )}
          </section>
        );
      })}
    </Layout>
  );
}
