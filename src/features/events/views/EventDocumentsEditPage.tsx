import { LANGUAGES } from '../../../web/i18n.ts';
import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { FileField, fileSize } from '../../../web/views/FileField.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { DocumentsSetup } from '../event-documents.service.ts';

/** An event's outcome documents for its organisers: the list with delete buttons, and the upload. */
export function EventDocumentsEditPage(props: {
  page: Page;
  setup: DocumentsSetup;
  form: FormState;
  maxBytes: number;
  noticeKey?: string;
}): JSX.Element {
  const { page, setup, form } = props;
  const { t } = page;
  const { event, documents } = setup;
  const title = t('event-documents.edit.title');
  return (
    <Layout page={page} title={`${title}: ${event.title}`}>
      <p class="meta">
        <a href={`/authoring/events/${event.id}`} dir="auto" safe>
          {event.title}
        </a>
        {' · '}
        <a href={`/events/${event.slug}/documents`} safe>
          {t('event-documents.edit.publicPage')}
        </a>
      </p>
      <h1 safe>{title}</h1>
      <Notice page={page} messageKey={props.noticeKey} />
      <ErrorSummary page={page} errors={form.errors} />
      <p safe>{t('event-documents.edit.intro')}</p>
      {documents.length === 0 ? (
        <p safe>{t('event-documents.edit.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption safe>{t('event-documents.edit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('event-documents.fields.title')}
                </th>
                <th scope="col" safe>
                  {t('event-documents.fields.language')}
                </th>
                <th scope="col" safe>
                  {t('event-documents.list.file')}
                </th>
                <th scope="col" safe>
                  {t('event-documents.list.size')}
                </th>
                <th scope="col" safe>
                  {t('event-documents.list.added')}
                </th>
                <th scope="col" safe>
                  {t('event-documents.list.actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => (
                <tr>
                  <th scope="row" lang={doc.language} dir="auto" safe>
                    {doc.title}
                  </th>
                  <td safe>{languageName(doc.language, page.lang)}</td>
                  <td>
                    <a
                      href={`/events/${event.slug}/documents/${doc.id}`}
                      download=""
                      dir="auto"
                      safe
                    >
                      {doc.fileName}
                    </a>
                  </td>
                  <td safe>{fileSize(page, doc.size)}</td>
                  <td safe>{page.formatDateTime(doc.createdAt)}</td>
                  <td>
                    <form
                      method="post"
                      action={`/authoring/events/${event.id}/documents/${doc.id}/delete`}
                      class="inline-form"
                    >
                      <CsrfField page={page} />
                      <button
                        type="submit"
                        class="button button-danger"
                        aria-label={t('event-documents.edit.deleteNamed', { title: doc.title })}
                        safe
                      >
                        {t('event-documents.edit.delete')}
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
        {t('event-documents.edit.upload')}
      </h2>
      <form
        method="post"
        action={`/authoring/events/${event.id}/documents`}
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
          label={t('event-documents.fields.title')}
          required
          maxlength={200}
          dir="auto"
        />
        <SelectField
          page={page}
          form={form}
          name="language"
          label={t('event-documents.fields.language')}
          required
          options={LANGUAGES.map((l) => ({ value: l, label: languageName(l, page.lang) }))}
        />
        <FileField
          page={page}
          form={form}
          label={t('event-documents.fields.file')}
          hint={t('event-documents.fields.fileHint', { max: fileSize(page, props.maxBytes) })}
          accept=".pdf,application/pdf"
        />
        <p>
          <SubmitButton>
            <span safe>{t('event-documents.edit.submit')}</span>
          </SubmitButton>
        </p>
      </form>
    </Layout>
  );
}
