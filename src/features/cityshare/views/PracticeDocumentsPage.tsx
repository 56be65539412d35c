import { acceptAttribute } from '../../../files/index.ts';
import type { Page } from '../../../web/page.ts';
import { FileField, fileSize } from '../../../web/views/FileField.tsx';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
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
      {documents.length === 0 ? (
        <p safe>{t('practices.page.noDocuments')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption safe>{t('practices.documents.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('practices.documents.docTitle')}
                </th>
                <th scope="col" safe>
                  {t('practices.documents.file')}
                </th>
                <th scope="col" safe>
                  {t('practices.documents.size')}
                </th>
                <th scope="col" safe>
                  {t('practices.documents.actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => (
                <tr>
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
                    <form method="post" action={`${base}/${doc.id}/delete`} class="inline-form">
                      <CsrfField page={page} />
                      <button
                        type="submit"
                        class="button button-danger"
                        aria-label={t('practices.documents.deleteNamed', { title: doc.title })}
                        safe
                      >
                        {t('practices.documents.delete')}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="upload-title" safe>
        {t('practices.documents.upload')}
      </h2>
      <form
        method="post"
        action={base}
        enctype="multipart/form-data"
        class="stack"
        aria-labelledby="upload-title"
        novalidate
      >
        <CsrfField page={page} />
        <TextField
          page={page}
          form={form}
          name="title"
          label={t('practices.documents.docTitle')}
          required
          maxlength={200}
          dir="auto"
        />
        <FileField
          page={page}
          form={form}
          label={t('practices.documents.file')}
          hint={t('practices.documents.fileHint', { max: fileSize(page, props.maxBytes) })}
          accept={acceptAttribute}
        />
        <p>
          <SubmitButton>
            <span safe>{t('practices.documents.submit')}</span>
          </SubmitButton>
        </p>
      </form>
    </Layout>
  );
}
