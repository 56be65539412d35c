import type { Page } from '../../../web/page.ts';
import type { ResourceListRow } from '../review.queries.ts';

// A table of resources for editors and coordinators: title (to the editor page), kind,
// organisation, last change, and optionally the review comment.

export function titleOf(row: ResourceListRow, lang: string): string {
  return row.titles[lang] ?? Object.values(row.titles)[0] ?? row.slug;
}

export function ResourceListTable(props: {
  page: Page;
  rows: ResourceListRow[];
  caption: string;
  withComment?: boolean;
}): JSX.Element {
  const { page, rows } = props;
  const { t } = page;
  return (
    <div class="table-wrap">
      <table>
        <caption safe>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" safe>
              {t('library-edit.list.title')}
            </th>
            <th scope="col" safe>
              {t('library-edit.list.kind')}
            </th>
            <th scope="col" safe>
              {t('library-edit.list.organisation')}
            </th>
            <th scope="col" safe>
              {t('library-edit.list.updated')}
            </th>
            {props.withComment ? (
              <th scope="col" safe>
                {t('library-edit.list.comment')}
              </th>
            ) : (
              ''
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                <a href={`/library/${r.slug}/files`} dir="auto" safe>
                  {titleOf(r, page.lang)}
                </a>
              </th>
              <td safe>{t(`library.kinds.${r.kind}`)}</td>
              <td dir="auto" safe>
                {r.organisationName}
              </td>
              <td safe>{page.formatDate(r.updatedAt, 'medium')}</td>
              {props.withComment ? (
                <td dir="auto" safe>
                  {r.reviewComment}
                </td>
              ) : (
                ''
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
