import { countryOptions } from '../../../web/countries.ts';
import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { Organisation } from '../organisations.service.ts';
import { KINDS } from '../organisations.schema.ts';

export interface OrganisationFormProps {
  page: Page;
  form: FormState;
  /** The organisation being edited; absent when creating one. */
  editing?: { slug: string; name: string };
}

/** The form's starting values for an existing organisation. */
export function formStateOf(org: Organisation): FormState {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    errors: {},
    values: {
      kind: org.kind,
      name: org.name,
      short_name: org.shortName,
      description: org.description,
      website: org.website,
      country: org.country ?? '',
      region: org.region,
      population: text(org.population),
      languages: org.languages.join(', '),
      latitude: text(org.latitude),
      longitude: text(org.longitude),
      is_partner: org.isPartner ? '1' : '',
    },
  };
}

/** Create or edit an organisation (coordinators). */
export function OrganisationFormPage({ page, form, editing }: OrganisationFormProps): JSX.Element {
  const { t } = page;
  const title = editing
    ? t('organisations.form.editTitle', { name: editing.name })
    : t('organisations.form.createTitle');
  const action = editing ? `/organisations/${editing.slug}/edit` : '/organisations';
  const field = (name: string, extra: { hint?: boolean } = {}) => ({
    page,
    form,
    name,
    label: t(`organisations.form.${name}`),
    hint: extra.hint ? t(`organisations.form.${name}Hint`) : undefined,
  });
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <ErrorSummary page={page} errors={form.errors} />
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField page={page} />
        <SelectField
          {...field('kind')}
          required
          options={[
            { value: '', label: t('organisations.form.chooseKind') },
            ...KINDS.map((k) => ({ value: k, label: t(`organisations.kinds.${k}`) })),
          ]}
        />
        <TextField {...field('name')} required maxlength={200} dir="auto" />
        <TextField {...field('short_name', { hint: true })} maxlength={50} dir="auto" />
        <TextAreaField {...field('description')} maxlength={5000} rows={6} />
        <TextField {...field('website', { hint: true })} type="url" maxlength={500} />
        <SelectField
          {...field('country', { hint: true })}
          options={[
            { value: '', label: t('organisations.form.noCountry') },
            ...countryOptions(page.lang),
          ]}
        />
        <fieldset>
          <legend safe>{t('organisations.form.cityFacts')}</legend>
          <TextField {...field('region', { hint: true })} maxlength={100} dir="auto" />
          <TextField {...field('population')} />
          <TextField {...field('languages', { hint: true })} maxlength={200} />
          <TextField {...field('latitude', { hint: true })} />
          <TextField {...field('longitude', { hint: true })} />
        </fieldset>
        <div class="field">
          <label for="field-is_partner">
            <input
              id="field-is_partner"
              type="checkbox"
              name="is_partner"
              value="1"
              checked={form.values.is_partner === '1'}
            />{' '}
            <span safe>{t('organisations.form.is_partner')}</span>
          </label>
        </div>
        <p>
          <SubmitButton>
            <span safe>{t('common.form.save')}</span>
          </SubmitButton>{' '}
          <a href={editing ? `/organisations/${editing.slug}` : '/organisations'} safe>
            {t('common.form.cancel')}
          </a>
        </p>
      </form>
    </Layout>
  );
}
