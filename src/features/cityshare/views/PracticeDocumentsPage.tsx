import { acceptAttribute } from '../../../files/index.ts';
import type { Page } from '../../../web/page.ts';
import { DeleteButton, DocumentTable, DocumentUploadForm } from '../../../web/views/Documents.tsx';
import { fileSize } from '../../../web/views/FileField.tsx';
import { ErrorSummary, Notice, type FormState } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { DocumentsSetup } from '../practice-documents.service.ts';

/** A practice's documents for its editors: the list with delete buttons, and the upload form. */
export function PracticeDocumentsPage(props: {
  page: Page;
  setup: DocumentsSetup;
  form: FormState;
  maxBytes: number;
  noticeKey?: string;
}): JSX.Element {
  const { page, setup, form } = props;
  const { t } = page;
  const { practice, documents } = setup;
  const base = `/practices/${practice.slug}/documents`;
  const title = t('practices.documents.title');
  return (
    <Layout page={page} title={`${title}: ${practice.title}`}>
      <p class="meta">
        <a href={`/practices/${practice.slug}`} dir="auto" safe>
          {practice.title}
        </a>
      </p>
      <h1 safe>{title}</h1>
      <Notice page={page} messageKey={props.noticeKey} />
      <ErrorSummary page={page} errors={form.errors} />
      <DocumentTable
        documents={documents}
        empty={t('practices.page.noDocuments')}
        caption={t('practices.documents.caption')}
        headers={[
          t('practices.documents.docTitle'),
          t('practices.documents.file'),
          t('practices.documents.size'),
          t('practices.documents.actions'),
        ]}
        row={(doc) => (
          <>
            <th scope="row" dir="auto" safe>
              {doc.title}
            </th>
            <td>
              <a href={`${base}/${doc.id}`} download="" dir="auto" safe>
                {doc.fileName}
              </a>
            </td>
            <td safe>{fileSize(page, doc.size)}</td>
            <td>
              <DeleteButton
                page={page}
                action={`${base}/${doc.id}/delete`}
                label={t('practices.documents.delete')}
                ariaLabel={t('practices.documents.deleteNamed', { title: doc.title })}
              />
            </td>
          </>
        )}
      />
      <DocumentUploadForm
        page={page}
        form={form}
        action={base}
        heading={t('practices.documents.upload')}
        titleLabel={t('practices.documents.docTitle')}
        fileLabel={t('practices.documents.file')}
        fileHintKey="practices.documents.fileHint"
        maxBytes={props.maxBytes}
        accept={acceptAttribute}
        submitLabel={t('practices.documents.submit')}
      />
    </Layout>
  );
}
