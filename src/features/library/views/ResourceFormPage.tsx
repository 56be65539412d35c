import { countryOptions, WORLD_REGIONS } from '../../../web/countries.ts';
import { LANGUAGES } from '../../../web/i18n.ts';
import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FieldErrors,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { FormChoices } from '../resource-edit.service.ts';
import { DOCUMENT_LANGUAGES, type ResourceFormInput } from '../resource-form.schema.ts';
import { LICENCES, RESOURCE_KINDS } from '../resource-kinds.ts';
import { CheckboxGroup, MultiSelect } from './ResourceFormFields.tsx';

/** The resource form: a new resource (`slug` undefined) or an existing one. */
export function ResourceFormPage(props: {
  page: Page;
  slug?: string;
  resourceTitle?: string;
  choices: FormChoices;
  input: ResourceFormInput;
  errors: FieldErrors;
}): JSX.Element {
  const { page, input, errors, choices } = props;
  const { t } = page;
  const form = { values: input.values, errors };
  const title = props.slug ? t('library-edit.form.editTitle') : t('library-edit.form.newTitle');
  const ids = (list: Array<{ id: number; name: string }>) =>
    list.map((c) => ({
      value: String(c.id),
      label: c.name,
      disabled: c.id === choices.ownerId,
    }));
  return (
    <Layout page={page} title={props.resourceTitle ? `${title}: ${props.resourceTitle}` : title}>
      <p class="meta">
        <a href="/authoring/resources" safe>
          {t('library-edit.mine.title')}
        </a>
      </p>
      <h1 safe>{title}</h1>
      {props.resourceTitle ? (
        <p class="meta" dir="auto" safe>
          {props.resourceTitle}
        </p>
      ) : (
        ''
      )}
      <ErrorSummary page={page} errors={errors} />
      <form
        method="post"
        action={props.slug ? `/library/${props.slug}/edit` : '/library/new'}
        class="stack"
        novalidate
      >
        <CsrfField page={page} />
        {props.slug ? '' : <input type="hidden" name="key" value={input.values.key} />}
        <SelectField
          page={page}
          form={form}
          name="kind"
          label={t('library-edit.form.kind')}
          required
          options={[
            { value: '', label: t('library-edit.form.choose') },
            ...RESOURCE_KINDS.map((k) => ({ value: k, label: t(`library.kinds.${k}`) })),
          ]}
        />
        <fieldset>
          <legend safe>{t('library-edit.form.texts')}</legend>
          <p class="hint" safe>
            {t('library-edit.form.textsHint')}
          </p>
          {LANGUAGES.map((l) => (
            <>
              <TextField
                page={page}
                form={form}
                name={`title_${l}`}
                label={t('library-edit.form.titleIn', { language: languageName(l, page.lang) })}
                maxlength={300}
                dir="auto"
              />
              <TextAreaField
                page={page}
                form={form}
                name={`summary_${l}`}
                label={t('library-edit.form.summaryIn', { language: languageName(l, page.lang) })}
                rows={3}
                maxlength={5000}
              />
            </>
          ))}
        </fieldset>
        <CheckboxGroup
          page={page}
          name="languages"
          label={t('library-edit.form.languages')}
          options={DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: languageName(l, page.lang) }))}
          chosen={input.lists.languages}
          error={errors.languages}
        />
        <CheckboxGroup
          page={page}
          name="themes"
          label={t('library-edit.form.themes')}
          options={choices.themes.map((c) => ({ value: String(c.id), label: c.name }))}
          chosen={input.lists.themes}
          error={errors.themes}
        />
        <CheckboxGroup
          page={page}
          name="regions"
          label={t('library-edit.form.regions')}
          options={WORLD_REGIONS.map((r) => ({ value: r, label: t(`library-edit.regions.${r}`) }))}
          chosen={input.lists.regions}
          error={errors.regions}
        />
        <MultiSelect
          page={page}
          name="countries"
          label={t('library-edit.form.countries')}
          hint={t('library-edit.form.multiHint')}
          options={countryOptions(page.lang)}
          chosen={input.lists.countries}
          error={errors.countries}
        />
        <CheckboxGroup
          page={page}
          name="publishers"
          label={t('library-edit.form.publishers')}
          hint={choices.ownerId === null ? undefined : t('library-edit.form.publishersHint')}
          options={ids(choices.publishers)}
          chosen={input.lists.publishers}
          error={errors.publishers}
        />
        <TextAreaField
          page={page}
          form={form}
          name="authors"
          label={t('library-edit.form.authors')}
          rows={3}
          maxlength={5000}
        />
        <MultiSelect
          page={page}
          name="experts"
          label={t('library-edit.form.experts')}
          hint={t('library-edit.form.multiHint')}
          options={choices.experts.map((c) => ({ value: String(c.id), label: c.name }))}
          chosen={input.lists.experts}
          error={errors.experts}
        />
        <TextField
          page={page}
          form={form}
          name="year"
          type="number"
          label={t('library-edit.form.year')}
        />
        <SelectField
          page={page}
          form={form}
          name="licence"
          label={t('library-edit.form.licence')}
          required
          options={LICENCES.map((l) => ({ value: l, label: t(`library.licences.${l}`) }))}
        />
        <TextField
          page={page}
          form={form}
          name="link_url"
          type="url"
          label={t('library-edit.form.link')}
          hint={t('library-edit.form.linkHint')}
          maxlength={2000}
        />
        <p>
          <SubmitButton>
            <span safe>{t('library-edit.form.save')}</span>
          </SubmitButton>
        </p>
      </form>
    </Layout>
  );
}
