import type { Page } from '../../../web/page.ts';

// Choice fields of the resource form: a group of check boxes and a multiple select, each with its
// label, hint and error (the error id matches the error summary's link).

interface ChoiceProps {
  page: Page;
  name: string;
  label: string;
  hint?: string;
  options: Array<{ value: string; label: string; disabled?: boolean }>;
  chosen: string[];
  error?: string;
}

function FieldError(props: { page: Page; id: string; error?: string }): JSX.Element {
  return props.error ? (
    <p class="error" id={`${props.id}-error`} safe>
      {props.page.t(props.error)}
    </p>
  ) : (
    <></>
  );
}

export function CheckboxGroup(props: ChoiceProps): JSX.Element {
  const id = `field-${props.name}`;
  return (
    <fieldset id={id} class={props.error ? 'field field-error' : 'field'}>
      <legend safe>{props.label}</legend>
      {props.hint ? (
        <p class="hint" safe>
          {props.hint}
        </p>
      ) : (
        ''
      )}
      <FieldError page={props.page} id={id} error={props.error} />
      {props.options.map((o) => (
        <label>
          <input
            type="checkbox"
            name={props.name}
            value={o.value}
            checked={o.disabled || props.chosen.includes(o.value)}
            disabled={o.disabled}
          />{' '}
          <span dir="auto" safe>
            {o.label}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function MultiSelect(props: ChoiceProps): JSX.Element {
  const id = `field-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
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
      <FieldError page={props.page} id={id} error={props.error} />
      <select
        id={id}
        name={props.name}
        multiple="multiple"
        size="6"
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      >
        {props.options.map((o) => (
          <option value={o.value} selected={props.chosen.includes(o.value)} safe>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
