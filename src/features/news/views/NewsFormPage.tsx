import { LANGUAGE_NAMES, LANGUAGES } from '../../../web/i18n.ts';
import type { Page } from '../../../web/page.ts';
import {
  ErrorSummary,
  PostForm,
  SelectField,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';

/** The form to write a post (with its one-time key) or to edit one (with its slug). */
export function NewsFormPage(props: {
  page: Page;
  form: FormState;
  requestKey?: string;
  editing?: { slug: string };
}): JSX.Element {
  const { page, form } = props;
  const { t } = page;
  const title = props.editing ? t('news.form.editTitle') : t('news.form.newTitle');
  const languageOptions = LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }));
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <ErrorSummary page={page} errors={form.errors} />
      <PostForm
        page={page}
        action={props.editing ? `/news/${props.editing.slug}/edit` : '/news'}
        submit={t('news.form.save')}
      >
        {props.requestKey ? <input type="hidden" name="key" value={props.requestKey} /> : ''}
        <SelectField
          page={page}
          form={form}
          name="status"
          label={t('news.form.status')}
          options={[
            { value: 'draft', label: t('news.form.draft') },
            { value: 'published', label: t('news.form.published') },
          ]}
        />
        <TextField
          page={page}
          form={form}
          name="published_on"
          type="date"
          label={t('news.form.publishedOn')}
          hint={t('news.form.publishedOnHint')}
          required
        />
        <SelectField
          page={page}
          form={form}
          name="original_language"
          label={t('news.form.originalLanguage')}
          hint={t('news.form.originalLanguageHint')}
          options={languageOptions}
        />
        <p class="hint" safe>
          {t('news.form.languagesHint')}
        </p>
        {LANGUAGES.map((lang) => (
          <fieldset>
            <legend lang={lang} safe>
              {LANGUAGE_NAMES[lang]}
            </legend>
            <TextField
              page={page}
              form={form}
              name={`title_${lang}`}
              label={t('news.form.title')}
              maxlength={200}
              dir="auto"
            />
            <TextAreaField
              page={page}
              form={form}
              name={`summary_${lang}`}
              label={t('news.form.summary')}
              rows={2}
              maxlength={1000}
            />
            <TextAreaField
              page={page}
              form={form}
              name={`body_${lang}`}
              label={t('news.form.body')}
              rows={8}
              maxlength={20000}
            />
          </fieldset>
        ))}
      </PostForm>
    </Layout>
  );
}
