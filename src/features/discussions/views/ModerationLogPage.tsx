import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { Pagination } from '../../../web/views/Pagination.tsx';
import type { LogEntry } from '../moderation-queue.queries.ts';
import { SubjectLink } from './ModerationParts.tsx';

// The record of moderators' actions, newest first.

export function ModerationLogPage(props: {
  page: Page;
  entries: LogEntry[];
  pageNumber: number;
  hasNext: boolean;
}): JSX.Element {
  const { page, entries, pageNumber } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('moderation.log.title')}>
      <h1 safe>{t('moderation.log.title')}</h1>
      <p>
        <a href="/moderation" safe>
          {t('moderation.queue.title')}
        </a>
      </p>
      {entries.length === 0 ? (
        <p safe>{t('moderation.log.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('moderation.log.when')}
                </th>
                <th scope="col" safe>
                  {t('moderation.log.who')}
                </th>
                <th scope="col" safe>
                  {t('moderation.log.action')}
                </th>
                <th scope="col" safe>
                  {t('moderation.log.where')}
                </th>
                <th scope="col" safe>
                  {t('moderation.log.concerning')}
                </th>
                <th scope="col" safe>
                  {t('moderation.log.reason')}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr>
                  <td safe>{page.formatDateTime(e.createdAt)}</td>
                  <td dir="auto" safe>
                    {e.actorName}
                  </td>
                  <td safe>{t(`moderation.actions.${e.action}`)}</td>
                  <td>
                    <SubjectLink page={page} kind={e.subjectKind} id={e.subjectId} />
                    {e.threadId !== null && e.threadTitle !== null ? (
                      <>
                        {' · '}
                        <a
                          href={`/threads/${e.threadId}${e.postId !== null ? `#post-${e.postId}` : ''}`}
                          dir="auto"
                          safe
                        >
                          {e.threadTitle}
                        </a>
                      </>
                    ) : (
                      ''
                    )}
                  </td>
                  <td dir="auto" safe>
                    {e.userName ?? ''}
                  </td>
                  <td dir="auto" safe>
                    {e.reason}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={page}
        back={
          pageNumber > 1
            ? {
                href:
                  pageNumber === 2 ? '/moderation/log' : `/moderation/log?page=${pageNumber - 1}`,
                label: t('common.pagination.previous'),
                rel: 'prev',
              }
            : null
        }
        nextHref={props.hasNext ? `/moderation/log?page=${pageNumber + 1}` : null}
      />
    </Layout>
  );
}
