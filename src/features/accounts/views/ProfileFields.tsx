import type { Children } from '@kitajs/html';
import type { OrganisationChoice } from '../../organisations/organisations.service.ts';
import { countryOptions } from '../../../web/countries.ts';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../web/i18n.ts';
import type { Page } from '../../../web/page.ts';
import { SelectField, TextField, type FormState } from '../../../web/views/forms.tsx';
import { GENDERS } from '../accounts.schema.ts';

/** The profile part of the sign-up and account forms; `children` (e-mail fields) follow the name. */
export function ProfileFields({
  page,
  form,
  organisations,
  children,
}: {
  page: Page;
  form: FormState;
  organisations: OrganisationChoice[];
  children?: Children;
}): JSX.Element {
  const { t } = page;
  const optional = (label: string) => `${label} (${t('common.form.optional')})`;
  return (
    <>
      <TextField
        page={page}
        form={form}
        name="name"
        label={t('accounts.fields.name')}
        autocomplete="name"
        maxlength={200}
        dir="auto"
        required
      />
      {children}
      <SelectField
        page={page}
        form={form}
        name="language"
        label={t('accounts.fields.language')}
        hint={t('accounts.fields.languageHint')}
        autocomplete="language"
        options={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
        required
      />
      <SelectField
        page={page}
        form={form}
        name="organisation"
        label={t('accounts.fields.organisation')}
        autocomplete="off"
        options={[
          { value: '', label: t('accounts.fields.organisationNotListed') },
          ...organisations.map((o) => ({ value: String(o.id), label: o.name })),
        ]}
      />
      <TextField
        page={page}
        form={form}
        name="position"
        label={optional(t('accounts.fields.position'))}
        hint={t('accounts.fields.positionHint')}
        autocomplete="organization-title"
        maxlength={200}
        dir="auto"
      />
      <SelectField
        page={page}
        form={form}
        name="country"
        label={optional(t('accounts.fields.country'))}
        autocomplete="country"
        options={[
          { value: '', label: t('accounts.fields.countryNotStated') },
          ...countryOptions(page.lang),
        ]}
      />
      <SelectField
        page={page}
        form={form}
        name="gender"
        label={optional(t('accounts.fields.gender'))}
        hint={t('accounts.fields.genderHint')}
        autocomplete="sex"
        options={[
          { value: '', label: t('accounts.gender.preferNotToSay') },
          ...GENDERS.map((g) => ({ value: g, label: t(`accounts.gender.${g}`) })),
        ]}
      />
    </>
  );
}
