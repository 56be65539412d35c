import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { listSubmissions } from '../grading.service.ts';
import { pick } from './parts.tsx';

type Queue = Awaited<ReturnType<typeof listSubmissions>>;

/** A run's grading queue: ungraded submissions first, oldest first. */
export function SubmissionsPage({ page, queue }: { page: Page; queue: Queue }): JSX.Element {
  const { t } = page;
  const title = t('assignments.queue.title');
  const waiting = queue.rows.filter((r) => r.status !== 'graded').length;
  return (
    <Layout page={page} title={title}>
      <p>
        <a href={`/facilitate/runs/${queue.runId}`} safe>
          {t('assignments.queue.backToRun')}
        </a>
      </p>
      <h1 safe>{title}</h1>
      <p safe>{t('assignments.queue.waiting', { n: page.formatNumber(waiting) })}</p>
      {queue.rows.length === 0 ? (
        <p safe>{t('assignments.queue.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('assignments.queue.learner')}
                </th>
                <th scope="col" safe>
                  {t('assignments.queue.lesson')}
                </th>
                <th scope="col" safe>
                  {t('assignments.queue.submitted')}
                </th>
                <th scope="col" safe>
                  {t('assignments.queue.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={`/facilitate/runs/${queue.runId}/submissions/${r.id}`} dir="auto" safe>
                      {r.learnerName}
                    </a>
                  </th>
                  <td dir="auto" safe>
                    {pick(r.lessonTitles, page.lang)}
                  </td>
                  <td safe>{page.formatDateTime(r.submittedAt)}</td>
                  <td>
                    <span class="badge" safe>
                      {r.status === 'graded' && r.score !== null
                        ? t('assignments.queue.gradedScore', { score: page.formatNumber(r.score) })
                        : t('assignments.queue.toGrade')}
                    </span>
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
