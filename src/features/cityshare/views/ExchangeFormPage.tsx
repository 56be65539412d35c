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
import type { NewExchangeChoices } from '../exchange-create.service.ts';
import { CheckboxGroup } from './ExchangeFields.tsx';

export interface ChosenLists {
  cities: string[];
  themes: string[];
  participants: string[];
}

/** The form a facilitator or coordinator opens an exchange with (prefilled from suggestions). */
export function ExchangeFormPage(props: {
  page: Page;
  form: FormState;
  chosen: ChosenLists;
  choices: NewExchangeChoices;
}): JSX.Element {
  const { page, form, chosen, choices } = props;
  const { t } = page;
  const title = t('exchanges.new.title');
  return (
    <Layout page={page} title={title}>
      <p>
        <a href="/exchanges" safe>
          {t('exchanges.list.title')}
        </a>
      </p>
      <h1 safe>{title}</h1>
      <p safe>{t('exchanges.new.intro')}</p>
      <ErrorSummary page={page} errors={form.errors} />
      <PostForm page={page} action="/exchanges/new" submit={t('exchanges.new.submit')}>
        <TextField
          page={page}
          form={form}
          name="title"
          label={t('exchanges.fields.title')}
          required
          maxlength={200}
          dir="auto"
        />
        <TextAreaField
          page={page}
          form={form}
          name="description"
          label={t('exchanges.fields.description')}
          maxlength={5000}
        />
        <CheckboxGroup
          page={page}
          name="cities"
          legend={t('exchanges.fields.cities')}
          hint={t('exchanges.new.citiesHint')}
          options={choices.cities.map((c) => ({ value: String(c.id), label: c.name }))}
          chosen={chosen.cities}
          error={form.errors.cities}
        />
        <CheckboxGroup
          page={page}
          name="themes"
          legend={t('exchanges.fields.themes')}
          options={choices.themes.map((x) => ({ value: x.slug, label: x.name }))}
          chosen={chosen.themes}
          error={form.errors.themes}
        />
        <SelectField
          page={page}
          form={form}
          name="facilitator"
          label={t('exchanges.fields.facilitator')}
          options={choices.facilitators.map((f) => ({ value: String(f.id), label: f.name }))}
        />
        {choices.members.length > 0 ? (
          <CheckboxGroup
            page={page}
            name="participants"
            legend={t('exchanges.fields.participants')}
            hint={t('exchanges.new.participantsHint')}
            options={choices.members.map((m) => ({
              value: String(m.id),
              label: `${m.name} (${m.cityName})`,
            }))}
            chosen={chosen.participants}
            error={form.errors.participants}
          />
        ) : (
          <p class="hint" id="field-participants" safe>
            {form.errors.participants
              ? t(form.errors.participants)
              : t('exchanges.new.participantsLater')}
          </p>
        )}
        <SelectField
          page={page}
          form={form}
          name="run"
          label={t('exchanges.fields.run')}
          options={[
            { value: '', label: t('exchanges.new.noRun') },
            ...choices.runs.map((r) => ({
              value: String(r.id),
              label: r.startsOn ? `${r.title} (${page.formatDate(r.startsOn, 'medium')})` : r.title,
            })),
          ]}
        />
      </PostForm>
    </Layout>
  );
}
