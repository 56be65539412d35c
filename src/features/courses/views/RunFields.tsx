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

function DateField(props: {
  page: Page;
  form: FormState;
  name: string;
  hint?: string;
  required?: boolean;
}): JSX.Element {
  const { page, form, name } = props;
  const id = `field-${name}`;
  const error = form.errors[name];
  const describedBy = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id} safe>
        {page.t(`runs.form.${name}`)}
      </label>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`} safe>
          {props.hint}
        </p>
      ) : (
        ''
      )}
      {error ? (
        <p class="error" id={`${id}-error`} safe>
          {page.t(error)}
        </p>
      ) : (
        ''
      )}
      <input
        id={id}
        name={name}
        type="date"
        value={form.values[name]}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
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
          <DateField page={page} form={form} name="starts_on" required />
          <DateField page={page} form={form} name="ends_on" required />
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
        <DateField
          page={page}
          form={form}
          name="enrolment_closes_on"
          hint={t('runs.form.closesHint')}
        />
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
