import type { Page } from '../../../web/page.ts';
import { Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { CourseListRow } from '../courses.service.ts';
import { pickTitle, statusLabel } from './labels.ts';

export interface CourseListProps {
  page: Page;
  courses: CourseListRow[];
  /** The authoring list, or the coordinators' review queue. */
  mode: 'authoring' | 'review';
  noticeKey?: string;
}

/** The courses an author may edit, or the courses waiting for review. */
export function CourseListPage({ page, courses, mode, noticeKey }: CourseListProps): JSX.Element {
  const { t } = page;
  const title = t(mode === 'review' ? 'courses.review.title' : 'courses.list.title');
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <Notice page={page} messageKey={noticeKey} />
      {mode === 'authoring' ? (
        <p>
          <a class="button" href="/authoring/courses/new" safe>
            {t('courses.list.new')}
          </a>
        </p>
      ) : (
        ''
      )}
      {mode === 'review' ? (
        <nav aria-label={t('common.reviewQueues.label')}>
          <p>
            <span safe>{t('common.reviewQueues.also')}</span>{' '}
            <a href="/review/resources" safe>
              {t('common.reviewQueues.resources')}
            </a>
            {' · '}
            <a href="/review/experts" safe>
              {t('common.reviewQueues.experts')}
            </a>
          </p>
        </nav>
      ) : (
        ''
      )}
      {courses.length === 0 ? (
        <p safe>{t(mode === 'review' ? 'courses.review.empty' : 'courses.list.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('courses.list.course')}
                </th>
                <th scope="col" safe>
                  {t('courses.list.organisation')}
                </th>
                <th scope="col" safe>
                  {t('courses.list.status')}
                </th>
                <th scope="col" safe>
                  {t('courses.list.updated')}
                </th>
              </tr>
            </thead>
            <tbody>
              {courses.map((c) => (
                <tr>
                  <th scope="row">
                    <a href={`/authoring/courses/${c.id}`} dir="auto" safe>
                      {pickTitle(c.titles, page.lang)}
                    </a>
                  </th>
                  <td safe>{c.organisationName}</td>
                  <td>
                    <span class="badge" safe>
                      {statusLabel(page, c.status)}
                    </span>
                  </td>
                  <td safe>{page.formatDate(c.updatedAt, 'medium')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
