import { acceptAttribute } from '../../../files/index.ts';
import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import { DeleteButton, DocumentTable, DocumentUploadForm } from '../../../web/views/Documents.tsx';
import { fileSize } from '../../../web/views/FileField.tsx';
import { ErrorSummary, Notice, SelectField, type FormState } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { FilesSetup } from '../resource-files.service.ts';
import { DOCUMENT_LANGUAGES } from '../resource-form.schema.ts';
import { ResourceWorkflow } from './ResourceReviewForms.tsx';

/** A resource for its editors: status and workflow, its files with their extraction, the upload form. */
export function ResourceFilesPage(props: {
  page: Page;
  setup: FilesSetup;
  form: FormState;
  maxBytes: number;
  noticeKey?: string;
}): JSX.Element {
  const { page, setup, form } = props;
  const { t } = page;
  const { resource, files } = setup;
  const base = `/library/${resource.slug}`;
  const title =
    resource.translations.find((tr) => tr.language === page.lang)?.title ??
    resource.translations[0]?.title ??
    resource.slug;
  return (
    <Layout page={page} title={title}>
      <p class="meta">
        <a href="/authoring/resources" safe>
          {t('library-edit.mine.title')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {title}
      </h1>
      <Notice page={page} messageKey={props.noticeKey} />
      <ErrorSummary page={page} errors={form.errors} />
      <p class="meta">
        <span class="badge" safe>
          {t(`library.statuses.${resource.status}`)}
        </span>{' '}
        <span dir="auto" safe>
          {resource.organisationName}
        </span>
      </p>
      {resource.status === 'draft' && resource.reviewComment ? (
        <div class="card">
          <h2 safe>{t('library-edit.review.commentTitle')}</h2>
          <p dir="auto" safe>
            {resource.reviewComment}
          </p>
        </div>
      ) : (
        ''
      )}
      <ul>
        {setup.canEdit ? (
          <li>
            <a class="button button-secondary" href={`${base}/edit`} safe>
              {t('library-edit.files.edit')}
            </a>
          </li>
        ) : (
          ''
        )}
        {resource.status === 'published' ? (
          <li>
            <a href={base} safe>
              {t('library-edit.files.view')}
            </a>
          </li>
        ) : (
          ''
        )}
        <li>
          <a href={`${base}/changes`} safe>
            {t('library-edit.changes.title')}
          </a>
        </li>
      </ul>
      <ResourceWorkflow page={page} setup={setup} form={form} />
      <h2 safe>{t('library-edit.files.title')}</h2>
      <DocumentTable
        documents={files}
        empty={t('library-edit.files.none')}
        caption={t('library-edit.files.caption')}
        headers={[
          t('library-edit.files.file'),
          t('library-edit.files.language'),
          t('library-edit.files.size'),
          t('library-edit.files.extraction'),
          ...(setup.canEdit ? [t('library-edit.files.actions')] : []),
        ]}
        row={(f) => (
          <>
            <th scope="row" dir="auto" safe>
              {f.fileName}
            </th>
            <td safe>{languageName(f.language, page.lang)}</td>
            <td safe>{fileSize(page, f.size)}</td>
            <td>
              <span safe>{t(`library-edit.extraction.${f.extractionStatus}`)}</span>
              {f.extractionStatus === 'failed' && f.extractionError ? (
                <span class="meta" safe>
                  {` ${t(`library-edit.extractionErrors.${f.extractionError}`, { defaultValue: t('library-edit.extractionErrors.failed') })}`}
                </span>
              ) : (
                ''
              )}
            </td>
            {setup.canEdit ? (
              <td>
                <DeleteButton
                  page={page}
                  action={`${base}/files/${f.id}/delete`}
                  label={t('library-edit.files.remove')}
                  ariaLabel={t('library-edit.files.removeNamed', { name: f.fileName })}
                />
              </td>
            ) : (
              ''
            )}
          </>
        )}
      />
      {setup.canEdit ? (
        <DocumentUploadForm
          page={page}
          form={form}
          action={`${base}/files`}
          heading={t('library-edit.files.upload')}
          fileLabel={t('library-edit.files.file')}
          fileHintKey="library-edit.files.fileHint"
          maxBytes={props.maxBytes}
          accept={acceptAttribute}
          submitLabel={t('library-edit.files.submit')}
        >
          <SelectField
            page={page}
            form={{
              values: { language: form.values.language ?? page.lang },
              errors: form.errors,
            }}
            name="language"
            label={t('library-edit.files.language')}
            required
            options={DOCUMENT_LANGUAGES.map((l) => ({
              value: l,
              label: languageName(l, page.lang),
            }))}
          />
        </DocumentUploadForm>
      ) : (
        ''
      )}
    </Layout>
  );
}
