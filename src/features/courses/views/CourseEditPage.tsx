import { LANGUAGE_NAMES, type Language } from '../../../web/i18n.ts';
import { ContentLanguageNav } from './ContentLanguageNav.tsx';
import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { CourseEditor } from '../courses.service.ts';
import { DetailsFields, type Chosen } from './DetailsFields.tsx';
import { pickTitle, statusLabel } from './labels.ts';
import { SyllabusSection } from './SyllabusSection.tsx';

export interface CourseEditProps {
  page: Page;
  editor: CourseEditor;
  /** The content language whose text the details form edits. */
  language: Language;
  form: FormState;
  chosen: Chosen;
  /** The send-back form, when it was submitted without a comment. */
  sendBack?: FormState;
  noticeKey?: string;
}

/** The starting values of the details form for one language (empty text when not yet written). */
export function detailsFormOf(editor: CourseEditor, language: Language): FormState {
  const text = editor.texts.find((x) => x.language === language);
  return {
    errors: {},
    values: {
      language,
      title: text?.title ?? '',
      summary: text?.summary ?? '',
      objectives: text?.objectives ?? '',
      format: editor.course.format,
      level: editor.course.level,
      duration_hours: String(editor.course.durationHours),
    },
  };
}

function ReviewActions({ page, editor, sendBack }: CourseEditProps): JSX.Element {
  const { t } = page;
  const { course } = editor;
  const base = `/authoring/courses/${course.id}`;
  const comment = sendBack?.errors.comment;
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title" safe>
        {t('courses.review.actions')}
      </h2>
      <p>
        <span safe>{t('courses.list.status')}</span>{' '}
        <span class="badge" safe>
          {statusLabel(page, course.status)}
        </span>
      </p>
      {course.reviewComment ? (
        <div class="notice">
          <h3 safe>{t('courses.review.comment')}</h3>
          <p dir="auto" safe>
            {course.reviewComment}
          </p>
        </div>
      ) : (
        ''
      )}
      {course.status === 'draft' ? (
        <form method="post" action={`${base}/submit`}>
          <CsrfField page={page} />
          <button type="submit" class="button" safe>
            {t('courses.review.submit')}
          </button>
        </form>
      ) : (
        ''
      )}
      {editor.canReview && course.status !== 'published' ? (
        <form method="post" action={`${base}/publish`}>
          <CsrfField page={page} />
          <button type="submit" class="button" safe>
            {t('courses.review.publish')}
          </button>
        </form>
      ) : (
        ''
      )}
      {editor.canReview && course.status === 'in_review' ? (
        <form method="post" action={`${base}/send-back`} class="stack" novalidate>
          <CsrfField page={page} />
          <div class={comment ? 'field field-error' : 'field'}>
            <label for="field-comment" safe>
              {t('courses.review.commentLabel')}
            </label>
            {comment ? (
              <p class="error" id="field-comment-error" safe>
                {t(comment)}
              </p>
            ) : (
              ''
            )}
            <textarea id="field-comment" name="comment" rows="4" maxlength={5000} required safe>
              {sendBack?.values.comment ?? ''}
            </textarea>
          </div>
          <button type="submit" class="button-secondary" safe>
            {t('courses.review.sendBack')}
          </button>
        </form>
      ) : (
        ''
      )}
    </section>
  );
}

/** A course's editing page: details per language, partners, syllabus, status and review. */
export function CourseEditPage(props: CourseEditProps): JSX.Element {
  const { page, editor, language, form } = props;
  const { t } = page;
  const titles = Object.fromEntries(editor.texts.map((x) => [x.language, x.title]));
  const heading = pickTitle(titles, page.lang);
  const offered = new Set(editor.texts.map((x) => x.language));
  return (
    <Layout page={page} title={heading}>
      <p>
        <a href="/authoring/courses" safe>
          {t('courses.list.title')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {heading}
      </h1>
      <p>
        <a href={`/authoring/courses/${editor.course.id}/runs`} safe>
          {t('runs.manage.link')}
        </a>
      </p>
      <Notice page={page} messageKey={props.noticeKey} />
      <ErrorSummary page={page} errors={{ ...form.errors, ...props.sendBack?.errors }} />
      <ContentLanguageNav
        page={page}
        id="languages-title"
        baseHref={`/authoring/courses/${editor.course.id}`}
        language={language}
        offered={offered}
      />
      <section aria-labelledby="details-title">
        <h2 id="details-title" safe>
          {t('courses.edit.details', { language: LANGUAGE_NAMES[language] })}
        </h2>
        <form
          method="post"
          action={`/authoring/courses/${editor.course.id}`}
          class="stack"
          novalidate
        >
          <CsrfField page={page} />
          <DetailsFields
            page={page}
            form={form}
            chosen={props.chosen}
            themes={editor.themes}
            partnerChoices={editor.partnerChoices}
            chooseLanguage={false}
          />
          <p>
            <SubmitButton>
              <span safe>{t('common.form.save')}</span>
            </SubmitButton>
          </p>
        </form>
      </section>
      <section aria-labelledby="partners-title">
        <h2 id="partners-title" safe>
          {t('courses.edit.partners')}
        </h2>
        <ul>
          {editor.partners.map((p) => (
            <li>
              <a href={`/organisations/${p.slug}`} safe>
                {p.name}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <SyllabusSection page={page} editor={editor} language={language} />
      <ReviewActions {...props} />
    </Layout>
  );
}
