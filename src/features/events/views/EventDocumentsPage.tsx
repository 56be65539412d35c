import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { EventDocument } from '../event-documents.service.ts';
import type { EventDetail } from '../events.service.ts';
import { titleAttrs } from './event-parts.tsx';
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
      {documents.length === 0 ? (
        <p safe>{t('event-documents.public.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption safe>{t('event-documents.public.caption', { event: event.title })}</caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('event-documents.fields.title')}
                </th>
                <th scope="col" safe>
                  {t('event-documents.fields.language')}
                </th>
                <th scope="col" safe>
                  {t('event-documents.list.size')}
                </th>
                <th scope="col" safe>
                  {t('event-documents.list.added')}
                </th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => (
                <tr>
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
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
