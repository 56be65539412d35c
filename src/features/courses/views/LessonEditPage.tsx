import type { Language } from '../../../web/i18n.ts';
import { ContentLanguageNav } from './ContentLanguageNav.tsx';
import { renderMarkdown } from '../../../web/markdown.ts';
import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { EDITABLE_KINDS, SET_UP_KINDS } from '../courses.schema.ts';
import type { getLessonEditor } from '../lessons.service.ts';
import { pickTitle } from './labels.ts';

type LessonEditor = Awaited<ReturnType<typeof getLessonEditor>>;

export interface LessonEditProps {
  page: Page;
  editor: LessonEditor;
  language: Language;
  form: FormState;
  noticeKey?: string;
}

/** The lesson form's starting values in one language. */
export function lessonFormOf(editor: LessonEditor, language: Language): FormState {
  const text = editor.texts.find((x) => x.language === language);
  return {
    errors: {},
    values: {
      language,
      title: text?.title ?? '',
      body: text?.body ?? '',
      kind: editor.lesson.kind,
      video_url: editor.lesson.videoUrl,
      is_required: editor.lesson.isRequired ? '1' : '',
    },
  };
}

/** Edit a lesson's title and Markdown text per language, its kind and video link; with a preview. */
export function LessonEditPage({
  page,
  editor,
  language,
  form,
  noticeKey,
}: LessonEditProps): JSX.Element {
  const { t } = page;
  const { lesson } = editor;
  const heading = pickTitle(lesson.titles, page.lang) || t('courses.syllabus.untitled');
  const courseTitle = pickTitle(
    Object.fromEntries(editor.courseTitles.map((x) => [x.language, x.title])),
    page.lang,
  );
  const field = (name: string) => ({ page, form, name, label: t(`courses.lesson.${name}`) });
  // The saved text of this language, rendered as learners will see it (a safe subset of HTML).
  const saved = editor.texts.find((x) => x.language === language);
  const safePreview = saved ? renderMarkdown(saved.body) : '';
  const offered = new Set(editor.texts.map((x) => x.language));
  const kinds = (EDITABLE_KINDS as readonly string[]).includes(lesson.kind)
    ? EDITABLE_KINDS
    : [lesson.kind, ...EDITABLE_KINDS];
  return (
    <Layout page={page} title={heading}>
      <p>
        <a href={`/authoring/courses/${lesson.courseId}?lang=${language}`} dir="auto" safe>
          {courseTitle}
        </a>
      </p>
      <h1 dir="auto" safe>
        {heading}
      </h1>
      <Notice page={page} messageKey={noticeKey} />
      <ErrorSummary page={page} errors={form.errors} />
      {(SET_UP_KINDS as readonly string[]).includes(lesson.kind) ? (
        <p>
          <a class="button" href={`/authoring/lessons/${lesson.id}/${lesson.kind}`} safe>
            {t(`courses.lesson.setUp.${lesson.kind}`)}
          </a>
        </p>
      ) : (
        <p class="hint" safe>
          {t('courses.lesson.setUpHint')}
        </p>
      )}
      <ContentLanguageNav
        page={page}
        id="lesson-languages"
        baseHref={`/authoring/lessons/${lesson.id}`}
        language={language}
        offered={offered}
      />
      <form method="post" action={`/authoring/lessons/${lesson.id}`} class="stack" novalidate>
        <CsrfField page={page} />
        <input type="hidden" name="language" value={language} />
        <TextField {...field('title')} required maxlength={200} dir="auto" />
        <SelectField
          {...field('kind')}
          required
          options={kinds.map((k) => ({ value: k, label: t(`courses.kinds.${k}`) }))}
        />
        <TextField
          {...field('video_url')}
          type="url"
          maxlength={500}
          hint={t('courses.lesson.videoHint')}
        />
        <TextAreaField {...field('body')} maxlength={50000} rows={14} />
        <p class="hint" safe>
          {t('courses.lesson.bodyHint')}
        </p>
        <div class="field">
          <label for="field-is_required">
            <input
              id="field-is_required"
              type="checkbox"
              name="is_required"
              value="1"
              checked={form.values.is_required === '1'}
            />{' '}
            <span safe>{t('courses.lesson.is_required')}</span>
          </label>
        </div>
        <p>
          <SubmitButton>
            <span safe>{t('common.form.save')}</span>
          </SubmitButton>
        </p>
      </form>
      <section aria-labelledby="preview-title">
        <h2 id="preview-title" safe>
          {t('courses.lesson.preview')}
        </h2>
        {saved ? (
          <div class="card" dir="auto">
            {safePreview}
          </div>
        ) : (
          <p safe>{t('courses.lesson.noPreview')}</p>
        )}
      </section>
    </Layout>
  );
}
