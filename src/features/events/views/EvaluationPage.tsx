import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  TextAreaField,
  type FormState,
} from '../../../web/views/forms.tsx';
import type { EvaluationTarget } from '../evaluation.service.ts';
import { SCORE_FIELDS } from '../evaluation.schema.ts';

/** The short evaluation of an event or a course run, or a thank-you once it has been answered. */
export function EvaluationPage({
  page,
  target,
  form,
  notice,
}: {
  page: Page;
  target: EvaluationTarget;
  form: FormState;
  notice?: string;
}): JSX.Element {
  const { t } = page;
  const heading = target.title
    ? t('evaluations.form.titleEvent', { title: target.title })
    : t('evaluations.form.titleRun');
  const options = [
    { value: '', label: t('evaluations.form.choose') },
    ...[1, 2, 3, 4, 5].map((n) => ({
      value: String(n),
      label: `${page.formatNumber(n)} – ${t(`evaluations.scale.${n}`)}`,
    })),
  ];
  return (
    <Layout page={page} title={heading}>
      <h1 safe>{heading}</h1>
      <Notice page={page} messageKey={notice} />
      {target.answered ? (
        <p safe>{t('evaluations.form.answered')}</p>
      ) : (
        <>
          <p safe>{t('evaluations.form.intro')}</p>
          <ErrorSummary page={page} errors={form.errors} />
          <form method="post" action={target.path} class="stack" novalidate>
            <CsrfField page={page} />
            {SCORE_FIELDS.map((name) => (
              <SelectField
                page={page}
                form={form}
                name={name}
                label={t(`evaluations.fields.${name}`)}
                options={options}
                required
              />
            ))}
            <TextAreaField
              page={page}
              form={form}
              name="willApply"
              label={t('evaluations.fields.willApply')}
              maxlength={4000}
            />
            <TextAreaField
              page={page}
              form={form}
              name="comments"
              label={t('evaluations.fields.comments')}
              maxlength={4000}
            />
            <p>
              <button type="submit" class="button" safe>
                {t('evaluations.form.submit')}
              </button>
            </p>
          </form>
        </>
      )}
    </Layout>
  );
}
