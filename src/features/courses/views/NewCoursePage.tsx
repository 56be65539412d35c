import { CsrfField, ErrorSummary, SubmitButton } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { DetailsFields, type DetailsFieldsProps } from './DetailsFields.tsx';

/** The form that starts a draft course. */
export function NewCoursePage(props: Omit<DetailsFieldsProps, 'chooseLanguage'>): JSX.Element {
  const { page } = props;
  const { t } = page;
  const title = t('courses.form.createTitle');
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <ErrorSummary page={page} errors={props.form.errors} />
      <form method="post" action="/authoring/courses" class="stack" novalidate>
        <CsrfField page={page} />
        <DetailsFields {...props} chooseLanguage />
        <p>
          <SubmitButton>
            <span safe>{t('courses.form.create')}</span>
          </SubmitButton>{' '}
          <a href="/authoring/courses" safe>
            {t('common.form.cancel')}
          </a>
        </p>
      </form>
    </Layout>
  );
}
