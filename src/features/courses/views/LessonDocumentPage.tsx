import { acceptAttribute } from '../../../files/index.ts';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../../../web/i18n.ts';
import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  type FormState,
} from '../../../web/views/forms.tsx';
import { FileField, fileSize } from '../../../web/views/FileField.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { DocumentSetup } from '../document.service.ts';
import { pickTitle } from './labels.ts';

/** A document lesson's files, one per content language, and the form to upload one. */
export function LessonDocumentPage(props: {
  page: Page;
  setup: DocumentSetup;
  form: FormState;
  maxBytes: number;
  noticeKey?: string;
}): JSX.Element {
  const { page, setup, form } = props;
  const { t } = page;
  const { lesson } = setup;
  const lessonTitle = pickTitle(lesson.titles, page.lang) || t('courses.syllabus.untitled');
  const courseTitle = pickTitle(
    Object.fromEntries(setup.courseTitles.map((x) => [x.language, x.title])),
    page.lang,
  );
  const title = t('learning.document.title', { lesson: lessonTitle });
  const languageName = (l: string) => (isLanguage(l) ? LANGUAGE_NAMES[l] : l);
  return (
    <Layout page={page} title={title}>
      <p>
        <a href={`/authoring/courses/${setup.course.id}`} dir="auto" safe>
          {courseTitle}
        </a>
        {' · '}
        <a href={`/authoring/lessons/${lesson.id}`} dir="auto" safe>
          {lessonTitle}
        </a>
      </p>
      <h1 dir="auto" safe>
        {title}
      </h1>
      <Notice page={page} messageKey={props.noticeKey} />
      <ErrorSummary page={page} errors={form.errors} />
      <p safe>{t('learning.document.intro')}</p>
      {setup.documents.length === 0 ? (
        <p safe>{t('learning.document.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption safe>{t('learning.document.files')}</caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('learning.document.language')}
                </th>
                <th scope="col" safe>
                  {t('learning.document.file')}
                </th>
                <th scope="col" safe>
                  {t('learning.document.size')}
                </th>
                <th scope="col" safe>
                  {t('learning.document.uploadedAt')}
                </th>
              </tr>
            </thead>
            <tbody>
              {setup.documents.map((doc) => (
                <tr>
                  <th scope="row" lang={doc.language} safe>
                    {languageName(doc.language)}
                  </th>
                  <td dir="auto" safe>
                    {doc.fileName}
                  </td>
                  <td safe>{fileSize(page, doc.size)}</td>
                  <td safe>{page.formatDateTime(doc.uploadedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="upload-title" safe>
        {t('learning.document.upload')}
      </h2>
      <form
        method="post"
        action={`/authoring/lessons/${lesson.id}/document`}
        enctype="multipart/form-data"
        class="stack"
        aria-labelledby="upload-title"
        novalidate
      >
        <CsrfField page={page} />
        <SelectField
          page={page}
          form={form}
          name="language"
          label={t('learning.document.language')}
          hint={t('learning.document.languageHint')}
          required
          options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        />
        <FileField
          page={page}
          form={form}
          label={t('learning.document.file')}
          hint={t('learning.document.fileHint', { max: fileSize(page, props.maxBytes) })}
          accept={acceptAttribute}
        />
        <p>
          <SubmitButton>
            <span safe>{t('learning.document.submit')}</span>
          </SubmitButton>
        </p>
      </form>
    </Layout>
  );
}
