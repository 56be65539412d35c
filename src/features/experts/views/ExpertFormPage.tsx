import { countryOptions } from '../../../web/countries.ts';
import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { SECTORS } from '../experts.policy.ts';
import type { Profile } from '../experts.queries.ts';
import { BIOGRAPHY_MAX, LANGUAGE_CHOICES, type ProfileForm } from '../experts.schema.ts';
import type { ProfileChoices } from '../profile-edit.service.ts';

// The profile form, to create one's own expert profile or to edit a profile.

function Checkboxes(props: {
  page: Page;
  name: string;
  legend: string;
  options: Array<{ value: string; label: string }>;
  chosen: string[];
  error?: string;
}): JSX.Element {
  const id = `field-${props.name}`;
  return (
    <fieldset id={id} class={props.error ? 'field field-error' : 'field'}>
      <legend safe>{props.legend}</legend>
      {props.error ? (
        <p class="error" id={`${id}-error`} safe>
          {props.page.t(props.error)}
        </p>
      ) : (
        ''
      )}
      {props.options.map((o) => (
        <label>
          <input
            type="checkbox"
            name={props.name}
            value={o.value}
            checked={props.chosen.includes(o.value)}
          />{' '}
          <span safe>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The form's state from a saved profile. */
export function profileFormFrom(p: Profile, themeSlugs: string[]): ProfileForm {
  return {
    values: {
      sector: p.sector,
      organisation: p.organisationId === null ? '' : String(p.organisationId),
      country: p.country ?? '',
      biography: p.biography,
    },
    themes: themeSlugs,
    languages: p.languages,
  };
}

export function ExpertFormPage(props: {
  page: Page;
  form: ProfileForm;
  errors: Record<string, string>;
  choices: ProfileChoices;
  editing?: Profile;
}): JSX.Element {
  const { page, form, errors, choices, editing } = props;
  const { t } = page;
  const state: FormState = { values: form.values, errors };
  const title = editing
    ? t('experts.form.editTitle', { name: editing.name })
    : t('experts.form.newTitle');
  // Offered languages, and any other the profile has already.
  const codes = [
    ...new Set([...LANGUAGE_CHOICES, ...form.languages.filter((l) => /^[a-z]{2}$/.test(l))]),
  ];
  return (
    <Layout page={page} title={title}>
      <h1 dir="auto" safe>
        {title}
      </h1>
      {editing ? (
        ''
      ) : (
        <p class="lead" safe>
          {t('experts.form.intro')}
        </p>
      )}
      <ErrorSummary page={page} errors={errors} />
      <form
        method="post"
        action={editing ? `/experts/${editing.slug}/edit` : '/experts/new'}
        class="stack"
        novalidate
      >
        <CsrfField page={page} />
        <SelectField
          page={page}
          form={state}
          name="sector"
          label={t('experts.fields.sector')}
          required
          options={[
            { value: '', label: t('experts.form.chooseSector') },
            ...SECTORS.map((s) => ({ value: s, label: t(`experts.sectors.${s}`) })),
          ]}
        />
        <Checkboxes
          page={page}
          name="themes"
          legend={t('experts.fields.themes')}
          options={choices.themes.map((th) => ({ value: th.slug, label: th.name }))}
          chosen={form.themes}
          error={errors.themes}
        />
        <Checkboxes
          page={page}
          name="languages"
          legend={t('experts.fields.languages')}
          options={codes
            .map((c) => ({ value: c, label: languageName(c, page.lang) }))
            .sort((a, b) => a.label.localeCompare(b.label, page.lang))}
          chosen={form.languages}
          error={errors.languages}
        />
        <SelectField
          page={page}
          form={state}
          name="organisation"
          label={t('experts.fields.organisation')}
          options={[
            { value: '', label: t('experts.form.noOrganisation') },
            ...choices.organisations.map((o) => ({ value: String(o.id), label: o.name })),
          ]}
        />
        <SelectField
          page={page}
          form={state}
          name="country"
          label={t('experts.fields.country')}
          options={[
            { value: '', label: t('experts.form.noCountry') },
            ...countryOptions(page.lang),
          ]}
        />
        <TextAreaField
          page={page}
          form={state}
          name="biography"
          label={t('experts.form.biography', { max: page.formatNumber(BIOGRAPHY_MAX) })}
          maxlength={BIOGRAPHY_MAX}
          rows={8}
          required
        />
        <p>
          <button type="submit" class="button" safe>
            {editing ? t('experts.form.save') : t('experts.form.create')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
