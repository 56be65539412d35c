import type { Page } from '../../../web/page.ts';
import { SelectField, TextField, type FormState } from '../../../web/views/forms.tsx';
import type { Run } from '../runs.queries.ts';

// The fields of the new-run and edit-run forms.

/** The form's values for an existing run (dates as date inputs want them). */
export function runFormOf(run: Run, facilitatorIds: number[]): RunFormState {
  return {
    values: {
      title: run.title,
      starts_on: run.startsOn ?? '',
      ends_on: run.endsOn ?? '',
      location: run.location,
      enrolment_mode: run.enrolmentMode,
      enrolment_closes_on: run.enrolmentClosesAt?.slice(0, 10) ?? '',
      seats: run.seats === null ? '' : String(run.seats),
    },
    errors: {},
    facilitatorIds: facilitatorIds.map(String),
  };
}

export interface RunFormState extends FormState {
  facilitatorIds: string[];
}

export function RunFields(props: {
  page: Page;
  form: RunFormState;
  alwaysOpen: boolean;
  facilitatorChoices: Array<{ id: number; name: string }>;
}): JSX.Element {
  const { page, form } = props;
  const { t } = page;
  const field = (name: string) => ({ page, form, name, label: t(`runs.form.${name}`) });
  const facilitatorError = form.errors.facilitator_ids;
  return (
    <>
      <TextField {...field('title')} maxlength={200} dir="auto" hint={t('runs.form.titleHint')} />
      {props.alwaysOpen ? (
        <p class="hint" safe>
          {t('runs.form.alwaysOpenHint')}
        </p>
      ) : (
        <>
          <TextField {...field('starts_on')} type="date" required />
          <TextField {...field('ends_on')} type="date" required />
        </>
      )}
      <TextField
        {...field('location')}
        maxlength={200}
        dir="auto"
        hint={t('runs.form.locationHint')}
      />
      <SelectField
        {...field('enrolment_mode')}
        options={[
          { value: 'open', label: t('runs.modes.open') },
          { value: 'application', label: t('runs.modes.application') },
        ]}
      />
      {props.alwaysOpen ? (
        ''
      ) : (
        <TextField {...field('enrolment_closes_on')} type="date" hint={t('runs.form.closesHint')} />
      )}
      <TextField {...field('seats')} type="number" hint={t('runs.form.seatsHint')} />
      <fieldset
        id="field-facilitator_ids"
        class={facilitatorError ? 'field field-error' : 'field'}
        aria-describedby={facilitatorError ? 'field-facilitator_ids-error' : undefined}
      >
        <legend safe>{t('runs.form.facilitator_ids')}</legend>
        {facilitatorError ? (
          <p class="error" id="field-facilitator_ids-error" safe>
            {t(facilitatorError)}
          </p>
        ) : (
          ''
        )}
        {props.facilitatorChoices.length === 0 ? (
          <p class="hint" safe>
            {t('runs.form.noFacilitators')}
          </p>
        ) : (
          props.facilitatorChoices.map((f) => (
            <label>
              <input
                type="checkbox"
                name="facilitator_ids"
                value={String(f.id)}
                checked={form.facilitatorIds.includes(String(f.id))}
              />{' '}
              <span safe>{f.name}</span>
            </label>
          ))
        )}
      </fieldset>
    </>
  );
}
