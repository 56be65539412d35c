import type { Page } from '../../../web/page.ts';
import type { FormState } from '../../../web/views/forms.tsx';

// Form parts of the twinning pages that the shared forms do not have: a date field and a group of
// checkboxes (cities, partners), each with its label, hint and error.

export function DateField(props: {
  page: Page;
  form: FormState;
  name: string;
  label: string;
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
        {props.label}
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

/** Checkboxes named `name`; the chosen values come from form.values[name] as "1,2,3". */
export function CheckboxGroup(props: {
  page: Page;
  form: FormState;
  name: string;
  legend: string;
  hint?: string;
  options: Array<{ id: number; name: string }>;
}): JSX.Element {
  const { page, form, name } = props;
  const error = form.errors[name];
  const chosen = new Set((form.values[name] ?? '').split(','));
  return (
    <fieldset
      id={`field-${name}`}
      class={error ? 'field field-error' : 'field'}
      aria-describedby={error ? `field-${name}-error` : undefined}
    >
      <legend safe>{props.legend}</legend>
      {props.hint ? (
        <p class="hint" safe>
          {props.hint}
        </p>
      ) : (
        ''
      )}
      {error ? (
        <p class="error" id={`field-${name}-error`} safe>
          {page.t(error)}
        </p>
      ) : (
        ''
      )}
      {props.options.map((o) => (
        <label>
          <input
            type="checkbox"
            name={name}
            value={String(o.id)}
            checked={chosen.has(String(o.id))}
          />{' '}
          <span dir="auto" safe>
            {o.name}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
