import type { Page } from '../../../web/page.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { RunsOfCourse } from '../runs.service.ts';
import { pickTitle } from './labels.ts';
import { RunFields, type RunFormState } from './RunFields.tsx';
import { runName, seatsText } from './RunLabels.tsx';

/** A course's runs for its editors, and the form for a new one. */
export function RunListPage(props: {
  page: Page;
  data: RunsOfCourse;
  form: RunFormState;
  noticeKey?: string;
}): JSX.Element {
  const { page, data, form } = props;
  const { t } = page;
  const course = data.course;
  const title = t('runs.manage.title', { course: pickTitle(data.titles, page.lang) });
  return (
    <Layout page={page} title={title}>
      <p>
        <a href={`/authoring/courses/${course.id}`} safe>
          {t('runs.manage.backToCourse')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {title}
      </h1>
      <Notice page={page} messageKey={props.noticeKey} />
      {course.status === 'published' ? (
        ''
      ) : (
        <p class="notice" role="note" safe>
          {t('runs.manage.draftNote')}
        </p>
      )}
      {data.runs.length === 0 ? (
        <p safe>{t('runs.manage.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('runs.manage.run')}
                </th>
                <th scope="col" safe>
                  {t('runs.manage.mode')}
                </th>
                <th scope="col" safe>
                  {t('runs.manage.seats')}
                </th>
                <th scope="col" safe>
                  {t('runs.manage.facilitators')}
                </th>
                <th scope="col" safe>
                  {t('runs.manage.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.runs.map((run) => (
                <tr>
                  <th scope="row">
                    <a href={`/authoring/runs/${run.id}`} dir="auto" safe>
                      {runName(page, run)}
                    </a>
                  </th>
                  <td safe>{t(`runs.modes.${run.enrolmentMode}`)}</td>
                  <td safe>{seatsText(page, run)}</td>
                  <td safe>{run.facilitators.map((f) => f.name).join(', ')}</td>
                  <td>
                    <span class="badge" safe>
                      {t(`runs.status.${run.status}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="new-run-title">
        <h2 id="new-run-title" safe>
          {t('runs.manage.new')}
        </h2>
        <ErrorSummary page={page} errors={form.errors} />
        <form
          method="post"
          action={`/authoring/courses/${course.id}/runs`}
          class="stack"
          novalidate
        >
          <CsrfField page={page} />
          <RunFields
            page={page}
            form={form}
            alwaysOpen={false}
            facilitatorChoices={data.facilitatorChoices}
          />
          <p>
            <SubmitButton>
              <span safe>{t('runs.manage.create')}</span>
            </SubmitButton>
          </p>
        </form>
      </section>
    </Layout>
  );
}
