import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { EventDocument } from '../event-documents.service.ts';
import type { EventDetail } from '../events.service.ts';
import { titleAttrs } from './event-parts.tsx';
import { DocumentTable } from '../../../web/views/Documents.tsx';
import { fileSize } from '../../../web/views/FileField.tsx';

/** The outcome documents of one event, each a download (attachment). */
export function EventDocumentsPage({
  page,
  event,
  documents,
}: {
  page: Page;
  event: EventDetail;
  documents: EventDocument[];
}): JSX.Element {
  const { t } = page;
  const title = t('event-documents.public.title');
  return (
    <Layout page={page} title={`${title}: ${event.title}`}>
      <p class="meta">
        <a href={`/events/${event.slug}`} {...titleAttrs(page, event)} safe>
          {event.title}
        </a>
      </p>
      <h1 safe>{title}</h1>
      <DocumentTable
        documents={documents}
        empty={t('event-documents.public.none')}
        caption={t('event-documents.public.caption', { event: event.title })}
        headers={[
          t('event-documents.fields.title'),
          t('event-documents.fields.language'),
          t('event-documents.list.size'),
          t('event-documents.list.added'),
        ]}
        row={(doc) => (
          <>
            <th scope="row">
              <a
                href={`/events/${event.slug}/documents/${doc.id}`}
                download=""
                lang={doc.language}
                dir="auto"
                safe
              >
                {doc.title}
              </a>{' '}
              <span class="meta" safe>
                {t('event-documents.public.pdf')}
              </span>
            </th>
            <td safe>{languageName(doc.language, page.lang)}</td>
            <td safe>{fileSize(page, doc.size)}</td>
            <td>
              <time datetime={doc.createdAt} safe>
                {page.formatDate(doc.createdAt)}
              </time>
            </td>
          </>
        )}
      />
    </Layout>
  );
}
