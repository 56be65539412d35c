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
import type { NewTwinningForm } from '../twinning-create.service.ts';
import { CheckboxGroup } from './twinning-fields.tsx';

/** The form that starts a twinning project. */
export function TwinningNewPage(props: {
  page: Page;
  choices: NewTwinningForm['choices'];
  form: FormState;
}): JSX.Element {
  const { page, form, choices } = props;
  const { t } = page;
  const f = (k: string) => t(`twinning.fields.${k}`);
  return (
    <Layout page={page} title={t('twinning.new.title')}>
      <p class="meta">
        <a href="/twinnings" safe>
          {t('twinning.list.title')}
        </a>
      </p>
      <h1 safe>{t('twinning.new.title')}</h1>
      <ErrorSummary page={page} errors={form.errors} />
      <p safe>{t('twinning.new.intro')}</p>
      <PostForm page={page} action="/twinnings/new" submit={t('twinning.new.submit')}>
        {form.values.exchange ? (
          <input type="hidden" name="exchange" value={form.values.exchange} />
        ) : (
          ''
        )}
        <TextField
          page={page}
          form={form}
          name="title"
          label={f('title')}
          required
          maxlength={200}
          dir="auto"
        />
        <TextAreaField
          page={page}
          form={form}
          name="objectives"
          label={f('objectives')}
          required
          maxlength={5000}
        />
        <CheckboxGroup
          page={page}
          form={form}
          name="cities"
          legend={f('cities')}
          hint={t('twinning.new.citiesHint')}
          options={choices.cities}
        />
        <CheckboxGroup
          page={page}
          form={form}
          name="partners"
          legend={f('partners')}
          hint={t('twinning.new.partnersHint')}
          options={choices.partners}
        />
        <SelectField
          page={page}
          form={form}
          name="facilitator"
          label={f('facilitator')}
          required
          options={[
            { value: '', label: t('twinning.new.chooseFacilitator') },
            ...choices.facilitators.map((u) => ({ value: String(u.id), label: u.name })),
          ]}
        />
        <TextField
          page={page}
          form={form}
          type="date"
          name="starts_on"
          label={f('startsOn')}
          required
        />
        <TextField
          page={page}
          form={form}
          type="date"
          name="ends_on"
          label={f('endsOn')}
          required
        />
        <TextField
          page={page}
          form={form}
          name="check_in_every_months"
          type="number"
          label={f('checkInEveryMonths')}
          hint={t('twinning.new.intervalHint')}
          required
        />
      </PostForm>
    </Layout>
  );
}
