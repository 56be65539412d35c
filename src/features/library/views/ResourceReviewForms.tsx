import type { Page } from '../../../web/page.ts';
import { CsrfField, TextAreaField, type FormState } from '../../../web/views/forms.tsx';
import type { FilesSetup } from '../resource-files.service.ts';

// The workflow's buttons on a resource's editor page: submit (editors, drafts), publish, send back
// with a comment and unpublish (coordinators), each offered only in the state it applies to.

function StepButton(props: { page: Page; action: string; label: string; danger?: boolean }) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField page={props.page} />
      <button type="submit" class={props.danger ? 'button button-danger' : 'button'} safe>
        {props.label}
      </button>
    </form>
  );
}

export function ResourceWorkflow({
  page,
  setup,
  form,
}: {
  page: Page;
  setup: FilesSetup;
  form: FormState;
}): JSX.Element {
  const { t } = page;
  const { resource, canEdit, canReview } = setup;
  const base = `/library/${resource.slug}`;
  const status = resource.status;
  const submit = status === 'draft' && canEdit && !canReview;
  const publish = canReview && (status === 'draft' || status === 'in_review');
  const sendBack = canReview && status === 'in_review';
  const unpublish = canReview && status === 'published';
  if (!submit && !publish && !sendBack && !unpublish)
    return status === 'in_review' ? <p safe>{t('library-edit.review.waiting')}</p> : <></>;
  return (
    <section aria-labelledby="workflow-title">
      <h2 id="workflow-title" safe>
        {t('library-edit.review.title')}
      </h2>
      {submit ? (
        <>
          <p safe>{t('library-edit.review.submitHint')}</p>
          <StepButton
            page={page}
            action={`${base}/submit`}
            label={t('library-edit.review.submit')}
          />
        </>
      ) : (
        ''
      )}
      {publish ? (
        <StepButton
          page={page}
          action={`${base}/publish`}
          label={t('library-edit.review.publish')}
        />
      ) : (
        ''
      )}
      {unpublish ? (
        <StepButton
          page={page}
          action={`${base}/unpublish`}
          label={t('library-edit.review.unpublish')}
          danger
        />
      ) : (
        ''
      )}
      {sendBack ? (
        <form method="post" action={`${base}/send-back`} class="stack" novalidate>
          <CsrfField page={page} />
          <TextAreaField
            page={page}
            form={form}
            name="comment"
            label={t('library-edit.review.comment')}
            rows={4}
            maxlength={2000}
            required
          />
          <p>
            <button type="submit" class="button button-secondary" safe>
              {t('library-edit.review.sendBack')}
            </button>
          </p>
        </form>
      ) : (
        ''
      )}
    </section>
  );
}
