import { LANGUAGES } from '../../../web/i18n.ts';
import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import { DeleteButton, DocumentTable, DocumentUploadForm } from '../../../web/views/Documents.tsx';
import { fileSize } from '../../../web/views/FileField.tsx';
import { ErrorSummary, Notice, SelectField, type FormState } from '../../../web/views/forms.tsx';
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
      <DocumentTable
        documents={documents}
        empty={t('event-documents.edit.none')}
        caption={t('event-documents.edit.caption')}
        headers={[
          t('event-documents.fields.title'),
          t('event-documents.fields.language'),
          t('event-documents.list.file'),
          t('event-documents.list.size'),
          t('event-documents.list.added'),
          t('event-documents.list.actions'),
        ]}
        row={(doc) => (
          <>
            <th scope="row" lang={doc.language} dir="auto" safe>
              {doc.title}
            </th>
            <td safe>{languageName(doc.language, page.lang)}</td>
            <td>
              <a href={`/events/${event.slug}/documents/${doc.id}`} download="" dir="auto" safe>
                {doc.fileName}
              </a>
            </td>
            <td safe>{fileSize(page, doc.size)}</td>
            <td safe>{page.formatDateTime(doc.createdAt)}</td>
            <td>
              <DeleteButton
                page={page}
                action={`/authoring/events/${event.id}/documents/${doc.id}/delete`}
                label={t('event-documents.edit.delete')}
                ariaLabel={t('event-documents.edit.deleteNamed', { title: doc.title })}
              />
            </td>
          </>
        )}
      />
      <DocumentUploadForm
        page={page}
        form={form}
        action={`/authoring/events/${event.id}/documents`}
        heading={t('event-documents.edit.upload')}
        titleLabel={t('event-documents.fields.title')}
        fileLabel={t('event-documents.fields.file')}
        fileHintKey="event-documents.fields.fileHint"
        maxBytes={props.maxBytes}
        accept=".pdf,application/pdf"
        submitLabel={t('event-documents.edit.submit')}
      >
        <SelectField
          page={page}
          form={form}
          name="language"
          label={t('event-documents.fields.language')}
          required
          options={LANGUAGES.map((l) => ({ value: l, label: languageName(l, page.lang) }))}
        />
      </DocumentUploadForm>
    </Layout>
  );
}
