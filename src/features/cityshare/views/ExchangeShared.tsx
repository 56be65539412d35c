import { acceptAttribute } from '../../../files/index.ts';
import { renderMarkdown } from '../../../web/markdown.ts';
import { CsrfField, SubmitButton, TextAreaField, emptyForm } from '../../../web/views/forms.tsx';
import { DocumentUploadForm } from '../../../web/views/Documents.tsx';
import { fileSize } from '../../../web/views/FileField.tsx';
import { Section } from './ExchangeFields.tsx';
import type { SectionProps as Props } from './ExchangeManage.tsx';

// The shared parts of the exchange page: notes and documents, which everyone who sees it adds to.

/** A note's Markdown, rendered to a safe subset of HTML. */
function NoteBody({ body }: { body: string }): JSX.Element {
  const safeBody = renderMarkdown(body);
  return (
    <div class="prose" dir="auto">
      {safeBody}
    </div>
  );
}

export function NotesSection({ page, data, form = emptyForm }: Props): JSX.Element {
  const { t } = page;
  return (
    <Section id="notes" title={t('exchanges.show.notes')}>
      {data.notes.length === 0 ? (
        <p safe>{t('exchanges.show.noNotes')}</p>
      ) : (
        <ul>
          {data.notes.map((n) => (
            <li>
              <p class="meta" safe>
                {t('exchanges.show.noteBy', {
                  name: n.authorName || t('exchanges.show.someone'),
                  date: page.formatDateTime(n.createdAt),
                })}
              </p>
              <NoteBody body={n.body} />
            </li>
          ))}
        </ul>
      )}
      <form
        method="post"
        action={`/exchanges/${data.exchange.slug}/notes`}
        class="stack"
        novalidate
      >
        <CsrfField page={page} />
        <TextAreaField
          page={page}
          form={form}
          name="note_body"
          label={t('exchanges.fields.note')}
          required
          maxlength={5000}
        />
        <SubmitButton>
          <span safe>{t('exchanges.show.addNote')}</span>
        </SubmitButton>
      </form>
    </Section>
  );
}

export function DocumentsSection(props: Props & { maxBytes: number }): JSX.Element {
  const { page, data, form = emptyForm } = props;
  const { t } = page;
  const slug = data.exchange.slug;
  return (
    <Section id="documents" title={t('exchanges.show.documents')}>
      {data.documents.length === 0 ? (
        <p safe>{t('exchanges.show.noDocuments')}</p>
      ) : (
        <ul>
          {data.documents.map((d) => (
            <li>
              <a href={`/exchanges/${slug}/documents/${d.id}`} download="" dir="auto" safe>
                {d.title}
              </a>{' '}
              <span class="meta" safe>
                {`${d.fileName} · ${fileSize(page, d.size)} · ${d.uploaderName}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <DocumentUploadForm
        page={page}
        form={form}
        action={`/exchanges/${slug}/documents`}
        titleName="document_title"
        titleLabel={t('exchanges.fields.documentTitle')}
        fileLabel={t('exchanges.fields.file')}
        fileHintKey="exchanges.show.fileHint"
        maxBytes={props.maxBytes}
        accept={acceptAttribute}
        submitLabel={t('exchanges.show.upload')}
      />
    </Section>
  );
}
