import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { City } from '../city-profile.service.ts';
import { LANGUAGE_CODES, MIGRATION_CONTEXT_MAX } from '../city-profile.schema.ts';

export interface CityProfilePageProps {
  page: Page;
  city: City;
  form: FormState;
  /** The languages chosen (the form's multiple select). */
  languages: string[];
}

/** The form's starting values for a city. */
export function profileFormOf(city: City): { form: FormState; languages: string[] } {
  return {
    languages: city.languages,
    form: {
      errors: {},
      values: {
        population: city.population === null ? '' : String(city.population),
        region: city.region,
        migration_context: city.migrationContext,
      },
    },
  };
}

/** Editing a city's CityShare profile (its coordinators and programme coordinators). */
export function CityProfilePage({
  page,
  city,
  form,
  languages,
}: CityProfilePageProps): JSX.Element {
  const { t } = page;
  const title = t('cities.profile.title', { name: city.name });
  const chosen = new Set(languages);
  const options = LANGUAGE_CODES.map((code) => ({
    code,
    name: languageName(code, page.lang),
  })).sort((a, b) => a.name.localeCompare(b.name, page.lang));
  const error = form.errors.languages;
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <p safe>{t('cities.profile.intro')}</p>
      <ErrorSummary page={page} errors={form.errors} />
      <form method="post" action={`/cities/${city.slug}/profile`} class="stack" novalidate>
        <CsrfField page={page} />
        <div class={error ? 'field field-error' : 'field'}>
          <label for="field-languages" safe>
            {t('cities.profile.languages')}
          </label>
          <p class="hint" id="field-languages-hint" safe>
            {t('cities.profile.languagesHint')}
          </p>
          {error ? (
            <p class="error" id="field-languages-error" safe>
              {t(error)}
            </p>
          ) : (
            ''
          )}
          <select
            id="field-languages"
            name="languages"
            multiple="multiple"
            size="8"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'field-languages-error' : 'field-languages-hint'}
          >
            {options.map((o) => (
              <option value={o.code} selected={chosen.has(o.code)} safe>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <TextField
          page={page}
          form={form}
          name="population"
          label={t('cities.profile.population')}
          hint={t('cities.profile.populationHint')}
          maxlength={20}
        />
        <TextField
          page={page}
          form={form}
          name="region"
          label={t('cities.profile.region')}
          hint={t('cities.profile.regionHint')}
          maxlength={100}
          dir="auto"
        />
        <TextAreaField
          page={page}
          form={form}
          name="migration_context"
          label={t('cities.profile.migrationContext')}
          maxlength={MIGRATION_CONTEXT_MAX}
          rows={8}
        />
        <p class="hint" safe>
          {t('cities.profile.migrationContextHint')}
        </p>
        <p>
          <SubmitButton>
            <span safe>{t('common.form.save')}</span>
          </SubmitButton>{' '}
          <a href={`/organisations/${city.slug}`} safe>
            {t('common.form.cancel')}
          </a>
        </p>
      </form>
    </Layout>
  );
}
