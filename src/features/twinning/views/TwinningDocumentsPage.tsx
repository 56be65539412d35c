import type { Page } from '../../../web/page.ts';
import { DeleteButton, DocumentTable, DocumentUploadForm } from '../../../web/views/Documents.tsx';
import { fileSize } from '../../../web/views/FileField.tsx';
import { ErrorSummary, Notice, type FormState } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { acceptAttribute } from '../../../files/index.ts';
import type { TwinningPageData } from '../twinning.service.ts';

/** A project's documents, with the upload form for those who change the project. */
export function TwinningDocumentsPage(props: {
  page: Page;
  data: TwinningPageData;
  form: FormState;
  maxBytes: number;
  noticeKey?: string;
}): JSX.Element {
  const { page, data, form } = props;
  const { t } = page;
  const { project, documents } = data;
  const base = `/twinnings/${project.slug}`;
  const title = t('twinning.documents.title');
  return (
    <Layout page={page} title={`${title}: ${project.title}`}>
      <p class="meta">
        <a href={base} dir="auto" safe>
          {project.title}
        </a>
      </p>
      <h1 safe>{title}</h1>
      <Notice page={page} messageKey={props.noticeKey} />
      <ErrorSummary page={page} errors={form.errors} />
      <DocumentTable
        documents={documents}
        empty={t(data.can.change ? 'twinning.documents.emptyChange' : 'twinning.documents.empty')}
        caption={title}
        headers={[
          t('twinning.documents.fields.title'),
          t('twinning.documents.size'),
          t('twinning.documents.added'),
          ...(data.can.change ? [t('twinning.plan.change')] : []),
        ]}
        row={(d) => (
          <>
            <th scope="row">
              <a href={`${base}/documents/${d.id}`} download="" dir="auto" safe>
                {d.title}
              </a>
            </th>
            <td safe>{fileSize(page, d.size)}</td>
            <td safe>
              {d.uploadedBy
                ? t('twinning.documents.addedBy', {
                    date: page.formatDate(d.createdAt),
                    name: d.uploadedBy,
                  })
                : page.formatDate(d.createdAt)}
            </td>
            {data.can.change ? (
              <td>
                <DeleteButton
                  page={page}
                  action={`${base}/documents/${d.id}/delete`}
                  label={t('twinning.plan.delete')}
                  ariaLabel={t('twinning.plan.deleteNamed', { title: d.title })}
                />
              </td>
            ) : (
              ''
            )}
          </>
        )}
      />
      {data.can.change ? (
        <DocumentUploadForm
          page={page}
          form={form}
          action={`${base}/documents`}
          heading={t('twinning.documents.upload')}
          titleLabel={t('twinning.documents.fields.title')}
          fileLabel={t('twinning.documents.fields.file')}
          fileHintKey="twinning.documents.fileHint"
          maxBytes={props.maxBytes}
          accept={acceptAttribute}
          submitLabel={t('twinning.documents.submit')}
        />
      ) : (
        ''
      )}
    </Layout>
  );
}
