import { LANGUAGE_NAMES, LANGUAGES } from '../../../web/i18n.ts';
import type { Page } from '../../../web/page.ts';
import {
  SelectField,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import type { ThemeSummary } from '../../curriculum/curriculum.service.ts';
import type { OrganisationChoice } from '../../organisations/organisations.service.ts';
import { FORMATS, LEVELS } from '../courses.schema.ts';

export interface Chosen {
  theme_ids: string[];
  partner_ids: string[];
}

export interface DetailsFieldsProps {
  page: Page;
  form: FormState;
  /** The chosen themes' and credited partners' ids, as submitted or saved. */
  chosen: Chosen;
  themes: ThemeSummary[];
  /** Organisations that can be credited besides the owner. */
  partnerChoices: OrganisationChoice[];
  /** Coordinators choose the owning organisation when creating a course. */
  organisations?: OrganisationChoice[] | null;
  /** The content language is chosen on the new-course form, fixed (hidden) when editing. */
  chooseLanguage: boolean;
}

/** The fields of a course's details: one language's text and the shared settings. */
export function DetailsFields(props: DetailsFieldsProps): JSX.Element {
  const { page, form } = props;
  const { t } = page;
  const field = (name: string) => ({ page, form, name, label: t(`courses.form.${name}`) });
  const themeError = form.errors.theme_ids;
  const partnerError = form.errors.partner_ids;
  return (
    <>
      {props.organisations ? (
        <SelectField
          {...field('organisation_id')}
          required
          options={[
            { value: '', label: t('courses.form.chooseOrganisation') },
            ...props.organisations.map((o) => ({ value: String(o.id), label: o.name })),
          ]}
        />
      ) : (
        ''
      )}
      {props.chooseLanguage ? (
        <SelectField
          {...field('language')}
          required
          options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        />
      ) : (
        <input type="hidden" name="language" value={form.values.language} />
      )}
      <TextField {...field('title')} required maxlength={200} dir="auto" />
      <TextAreaField {...field('summary')} maxlength={2000} rows={4} />
      <TextAreaField {...field('objectives')} maxlength={5000} rows={5} />
      <p class="hint" safe>
        {t('courses.form.objectivesHint')}
      </p>
      <fieldset
        id="field-theme_ids"
        class={themeError ? 'field field-error' : 'field'}
        aria-describedby={themeError ? 'field-theme_ids-error' : undefined}
      >
        <legend safe>{t('courses.form.theme_ids')}</legend>
        {themeError ? (
          <p class="error" id="field-theme_ids-error" safe>
            {t(themeError)}
          </p>
        ) : (
          ''
        )}
        {props.themes.map((theme) => (
          <label>
            <input
              type="checkbox"
              name="theme_ids"
              value={String(theme.id)}
              checked={props.chosen.theme_ids.includes(String(theme.id))}
            />{' '}
            <span safe>{theme.name}</span>
          </label>
        ))}
      </fieldset>
      <div class={partnerError ? 'field field-error' : 'field'}>
        <label for="field-partner_ids" safe>
          {t('courses.form.partner_ids')}
        </label>
        <p class="hint" id="field-partner_ids-hint" safe>
          {t('courses.form.partnerHint')}
        </p>
        {partnerError ? (
          <p class="error" id="field-partner_ids-error" safe>
            {t(partnerError)}
          </p>
        ) : (
          ''
        )}
        <select
          id="field-partner_ids"
          name="partner_ids"
          multiple="multiple"
          size="6"
          aria-describedby={partnerError ? 'field-partner_ids-error' : 'field-partner_ids-hint'}
        >
          {props.partnerChoices.map((o) => (
            <option
              value={String(o.id)}
              selected={props.chosen.partner_ids.includes(String(o.id))}
              safe
            >
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <SelectField
        {...field('format')}
        required
        options={[
          { value: '', label: t('courses.form.choose') },
          ...FORMATS.map((f) => ({ value: f, label: t(`courses.formats.${f}`) })),
        ]}
      />
      <SelectField
        {...field('level')}
        required
        options={[
          { value: '', label: t('courses.form.choose') },
          ...LEVELS.map((l) => ({ value: l, label: t(`courses.levels.${l}`) })),
        ]}
      />
      <TextField {...field('duration_hours')} required maxlength={4} />
    </>
  );
}
