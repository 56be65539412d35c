import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { FileField, fileSize } from '../../../web/views/FileField.tsx';
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
      {documents.length === 0 ? (
        <p safe>
          {t(data.can.change ? 'twinning.documents.emptyChange' : 'twinning.documents.empty')}
        </p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption safe>{title}</caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('twinning.documents.fields.title')}
                </th>
                <th scope="col" safe>
                  {t('twinning.documents.size')}
                </th>
                <th scope="col" safe>
                  {t('twinning.documents.added')}
                </th>
                {data.can.change ? (
                  <th scope="col" safe>
                    {t('twinning.plan.change')}
                  </th>
                ) : (
                  ''
                )}
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr>
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
                      <form
                        method="post"
                        action={`${base}/documents/${d.id}/delete`}
                        class="inline-form"
                      >
                        <CsrfField page={page} />
                        <button
                          type="submit"
                          class="button button-danger"
                          aria-label={t('twinning.plan.deleteNamed', { title: d.title })}
                          safe
                        >
                          {t('twinning.plan.delete')}
                        </button>
                      </form>
                    </td>
                  ) : (
                    ''
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.can.change ? (
        <>
          <h2 id="upload-title" safe>
            {t('twinning.documents.upload')}
          </h2>
          <form
            method="post"
            action={`${base}/documents`}
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
              label={t('twinning.documents.fields.title')}
              required
              maxlength={200}
              dir="auto"
            />
            <FileField
              page={page}
              form={form}
              label={t('twinning.documents.fields.file')}
              hint={t('twinning.documents.fileHint', { max: fileSize(page, props.maxBytes) })}
              accept={acceptAttribute}
            />
            <p>
              <SubmitButton>
                <span safe>{t('twinning.documents.submit')}</span>
              </SubmitButton>
            </p>
          </form>
        </>
      ) : (
        ''
      )}
    </Layout>
  );
}
