import { languageName } from '../../../web/language-names.ts';
import { renderMarkdown } from '../../../web/markdown.ts';
import type { Page } from '../../../web/page.ts';
import { fileSize } from '../../../web/views/FileField.tsx';
import { CsrfField, Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { TEXT_FIELDS } from '../practice.schema.ts';
import type { PracticeDetail, PracticeDocument } from '../practice.service.ts';

// One good practice: where it comes from, every section (Markdown), its documents; its editors
// also get the links to edit it and its documents, and the button to publish or unpublish it.

function EditorTools({ page, practice }: { page: Page; practice: PracticeDetail }) {
  const { t } = page;
  const published = practice.status === 'published';
  return (
    <div class="card">
      <p safe>{published ? t('practices.page.isPublished') : t('practices.page.isDraft')}</p>
      <ul>
        <li>
          <a href={`/practices/${practice.slug}/edit`} safe>
            {t('practices.page.edit')}
          </a>
        </li>
        <li>
          <a href={`/practices/${practice.slug}/documents`} safe>
            {t('practices.page.manageDocuments')}
          </a>
        </li>
      </ul>
      <form
        method="post"
        action={`/practices/${practice.slug}/${published ? 'unpublish' : 'publish'}`}
        class="inline-form"
      >
        <CsrfField page={page} />
        <button type="submit" class={published ? 'button button-secondary' : 'button'} safe>
          {published ? t('practices.page.unpublish') : t('practices.page.publish')}
        </button>
      </form>
    </div>
  );
}

function Documents({
  page,
  slug,
  documents,
}: {
  page: Page;
  slug: string;
  documents: PracticeDocument[];
}) {
  const { t } = page;
  return (
    <section aria-labelledby="practice-documents">
      <h2 id="practice-documents" safe>
        {t('practices.page.documents')}
      </h2>
      {documents.length === 0 ? (
        <p safe>{t('practices.page.noDocuments')}</p>
      ) : (
        <ul>
          {documents.map((doc) => (
            <li>
              <a href={`/practices/${slug}/documents/${doc.id}`} download="" dir="auto" safe>
                {doc.title}
              </a>{' '}
              <span class="meta" safe>
                {`(${doc.fileName}, ${fileSize(page, doc.size)})`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PracticePage(props: {
  page: Page;
  practice: PracticeDetail;
  documents: PracticeDocument[];
  canEdit: boolean;
  noticeKey?: string;
}): JSX.Element {
  const { page, practice } = props;
  const { t } = page;
  return (
    <Layout page={page} title={practice.title}>
      <p class="meta">
        <a href="/practices" safe>
          {t('practices.list.title')}
        </a>
      </p>
      <h1 lang={practice.language} dir="auto" safe>
        {practice.title}
      </h1>
      <Notice page={page} messageKey={props.noticeKey} />
      {practice.status === 'draft' || practice.isDemo ? (
        <p>
          {practice.status === 'draft' ? (
            <span class="badge" safe>
              {t('practices.status.draft')}
            </span>
          ) : (
            ''
          )}{' '}
          {practice.isDemo ? (
            <span class="badge demo-badge" safe>
              {t('common.demoData')}
            </span>
          ) : (
            ''
          )}
        </p>
      ) : (
        ''
      )}
      <dl>
        <dt safe>{t('practices.fields.city')}</dt>
        <dd>
          <a href={`/organisations/${practice.city.slug}`} dir="auto" safe>
            {practice.city.name}
          </a>
        </dd>
        <dt safe>{t('practices.fields.theme')}</dt>
        <dd>
          <a href={`/themes/${practice.theme.slug}`} safe>
            {practice.theme.name}
          </a>
        </dd>
        <dt safe>{t('practices.fields.language')}</dt>
        <dd safe>{languageName(practice.language, page.lang)}</dd>
        {practice.publishedAt && practice.status === 'published' ? (
          <>
            <dt safe>{t('practices.page.publishedOn')}</dt>
            <dd safe>{page.formatDate(practice.publishedAt)}</dd>
          </>
        ) : (
          ''
        )}
      </dl>
      {props.canEdit ? <EditorTools page={page} practice={practice} /> : ''}
      {TEXT_FIELDS.map((field) => {
        const text = practice.texts[field];
        const safeHtml = text ? renderMarkdown(text) : '';
        return (
          <section aria-labelledby={`section-${field}`}>
            <h2 id={`section-${field}`} safe>
              {t(`practices.fields.${field}`)}
            </h2>
            {text ? (
              <div lang={practice.language} dir="auto">
                {safeHtml}
              </div>
            ) : (
              <p class="meta" safe>
                {t('practices.page.notDescribed')}
              </p>
            )}
          </section>
        );
      })}
      <Documents page={page} slug={practice.slug} documents={props.documents} />
    </Layout>
  );
}
