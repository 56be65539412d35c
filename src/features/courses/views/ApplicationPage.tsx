import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { ApplicationForm } from '../applications.service.ts';
import { runDates, runName } from './RunLabels.tsx';

/** The application to a run: a motivation and the applicant's organisation. */
export function ApplicationPage(props: {
  page: Page;
  data: ApplicationForm;
  form: FormState;
}): JSX.Element {
  const { page, data, form } = props;
  const { t } = page;
  const { run } = data;
  const title = t('runs.apply.title', { run: runName(page, run) });
  const back = (
    <p>
      <a href={`/courses/${run.course.slug}#run-${run.id}`} safe>
        {t('runs.backToCourse')}
      </a>
    </p>
  );
  if (data.existing)
    return (
      <Layout page={page} title={title}>
        <h1 dir="auto" safe>
          {title}
        </h1>
        <p class="notice" role="status" safe>
          {t(`runs.notices.${data.existing}`)}
        </p>
        {back}
      </Layout>
    );
  return (
    <Layout page={page} title={title}>
      <h1 dir="auto" safe>
        {title}
      </h1>
      <p class="meta" safe>
        {runDates(page, run)}
      </p>
      <p safe>{t('runs.apply.intro')}</p>
      <ErrorSummary page={page} errors={form.errors} />
      <form method="post" action={`/runs/${run.id}/apply`} class="stack" novalidate>
        <CsrfField page={page} />
        <TextAreaField
          page={page}
          form={form}
          name="motivation"
          label={t('runs.apply.motivation')}
          required
          maxlength={5000}
          rows={8}
        />
        <SelectField
          page={page}
          form={form}
          name="organisation_id"
          label={t('runs.apply.organisation')}
          options={[
            { value: '', label: t('runs.apply.noOrganisation') },
            ...data.organisations.map((o) => ({ value: String(o.id), label: o.name })),
          ]}
        />
        <p>
          <SubmitButton>
            <span safe>{t('runs.apply.submit')}</span>
          </SubmitButton>
        </p>
      </form>
      {back}
    </Layout>
  );
}
