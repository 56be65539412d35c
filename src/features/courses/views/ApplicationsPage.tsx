import type { Page } from '../../../web/page.ts';
import { CsrfField, Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { ApplicationRow } from '../applications.queries.ts';
import type { RunWithCourse } from '../runs.queries.ts';
import { runName } from './RunLabels.tsx';

function Decision({ page, runId, id }: { page: Page; runId: number; id: number }): JSX.Element {
  const { t } = page;
  return (
    <>
      <form
        method="post"
        action={`/authoring/runs/${runId}/applications/${id}`}
        class="inline-form"
      >
        <CsrfField page={page} />
        <input type="hidden" name="decision" value="accept" />
        <button type="submit" class="button" safe>
          {t('runs.applications.accept')}
        </button>
      </form>{' '}
      <form
        method="post"
        action={`/authoring/runs/${runId}/applications/${id}`}
        class="inline-form"
      >
        <CsrfField page={page} />
        <input type="hidden" name="decision" value="decline" />
        <button type="submit" class="button-secondary" safe>
          {t('runs.applications.decline')}
        </button>
      </form>
    </>
  );
}

/** A run's applications, pending ones with accept and decline, for those who decide them. */
export function ApplicationsPage(props: {
  page: Page;
  run: RunWithCourse;
  applications: ApplicationRow[];
  noticeKey?: string;
}): JSX.Element {
  const { page, run, applications } = props;
  const { t } = page;
  const title = t('runs.applications.title', { run: runName(page, run) });
  return (
    <Layout page={page} title={title}>
      <p>
        <a href={`/authoring/runs/${run.id}`} safe>
          {t('runs.applications.backToRun')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {title}
      </h1>
      <Notice page={page} messageKey={props.noticeKey} />
      {applications.length === 0 ? (
        <p safe>{t('runs.applications.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('runs.applications.applicant')}
                </th>
                <th scope="col" safe>
                  {t('runs.applications.organisation')}
                </th>
                <th scope="col" safe>
                  {t('runs.applications.motivation')}
                </th>
                <th scope="col" safe>
                  {t('runs.applications.applied')}
                </th>
                <th scope="col" safe>
                  {t('runs.applications.decision')}
                </th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr>
                  <th scope="row" dir="auto" safe>
                    {a.name}
                  </th>
                  <td dir="auto" safe>
                    {a.organisationName ?? ''}
                  </td>
                  <td dir="auto" class="prose" safe>
                    {a.motivation}
                  </td>
                  <td safe>{page.formatDate(a.appliedAt, 'medium')}</td>
                  <td>
                    {a.status === 'applied' ? (
                      <Decision page={page} runId={run.id} id={a.id} />
                    ) : (
                      <span class="badge" safe>
                        {t(`runs.enrolmentStatus.${a.status}`)}
                      </span>
                    )}
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
