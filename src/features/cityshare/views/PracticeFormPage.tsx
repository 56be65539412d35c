import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import {
  ErrorSummary,
  PostForm,
  SelectField,
  TextAreaField,
  TextField,
  type FormState,
  type Option,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { PracticeChoices } from '../practice-edit.service.ts';
import type { PracticeRow } from '../practice.queries.ts';
import { TEXT_FIELDS } from '../practice.schema.ts';

// The form of a good practice: new (the official picks one of their cities) or edited.

/** The form's values from a saved practice. */
export function formStateOf(p: PracticeRow, themeSlug: string): FormState {
  const values: Record<string, string> = {
    city: String(p.city.id),
    title: p.title,
    theme: themeSlug,
    language: p.language,
  };
  for (const field of TEXT_FIELDS) values[field] = p[field];
  return { values, errors: {} };
}

export function PracticeFormPage(props: {
  page: Page;
  form: FormState;
  choices: PracticeChoices;
  /** The practice being edited; none for a new one. */
  editing?: { slug: string; title: string; cityName: string };
}): JSX.Element {
  const { page, form, choices, editing } = props;
  const { t } = page;
  const title = editing ? t('practices.form.editTitle') : t('practices.form.newTitle');
  const choose: Option = { value: '', label: t('practices.form.choose') };
  const languages = choices.languages
    .map((l) => ({ value: l, label: languageName(l, page.lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, page.lang));
  const action = editing ? `/practices/${editing.slug}/edit` : '/practices';
  return (
    <Layout page={page} title={editing ? `${title}: ${editing.title}` : title}>
      <p class="meta">
        {editing ? (
          <a href={`/practices/${editing.slug}`} dir="auto" safe>
            {editing.title}
          </a>
        ) : (
          <a href="/practices" safe>
            {t('practices.list.title')}
          </a>
        )}
      </p>
      <h1 safe>{title}</h1>
      <ErrorSummary page={page} errors={form.errors} />
      <p safe>{t('practices.form.intro')}</p>
      <PostForm
        page={page}
        action={action}
        submit={editing ? t('practices.form.save') : t('practices.form.create')}
      >
        {editing ? (
          <p>
            <strong safe>{t('practices.fields.city')}</strong>{' '}
            <span dir="auto" safe>
              {editing.cityName}
            </span>
          </p>
        ) : (
          <SelectField
            page={page}
            form={form}
            name="city"
            label={t('practices.fields.city')}
            required
            options={[
              ...(choices.cities.length === 1 ? [] : [choose]),
              ...choices.cities.map((c) => ({ value: String(c.id), label: c.name })),
            ]}
          />
        )}
        <TextField
          page={page}
          form={form}
          name="title"
          label={t('practices.fields.title')}
          required
          maxlength={200}
          dir="auto"
        />
        <SelectField
          page={page}
          form={form}
          name="theme"
          label={t('practices.fields.theme')}
          required
          options={[choose, ...choices.themes.map((th) => ({ value: th.slug, label: th.name }))]}
        />
        <SelectField
          page={page}
          form={form}
          name="language"
          label={t('practices.fields.language')}
          hint={t('practices.form.languageHint')}
          required
          options={[choose, ...languages]}
        />
        <p class="hint" safe>
          {t('practices.form.markdownHint')}
        </p>
        {TEXT_FIELDS.map((field) => (
          <TextAreaField
            page={page}
            form={form}
            name={field}
            label={t(`practices.fields.${field}`)}
            maxlength={field === 'transferable_to' || field === 'contacts' ? 2000 : 10_000}
            rows={field === 'transferable_to' || field === 'contacts' ? 3 : 6}
          />
        ))}
      </PostForm>
    </Layout>
  );
}
