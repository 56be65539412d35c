import type { Children } from '@kitajs/html';
import type { Page } from '../../../web/page.ts';

// A group of checkboxes with its legend and error, for the lists the exchange form chooses from
// (cities, themes, participants). The error id matches the error summary's link.

export function CheckboxGroup(props: {
  page: Page;
  name: string;
  legend: string;
  hint?: string;
  options: Array<{ value: string; label: string }>;
  chosen: string[];
  error?: string;
}): JSX.Element {
  const { page, name } = props;
  const id = `field-${name}`;
  return (
    <fieldset id={id} class={props.error ? 'field field-error' : 'field'}>
      <legend safe>{props.legend}</legend>
      {props.hint ? (
        <p class="hint" safe>
          {props.hint}
        </p>
      ) : (
        ''
      )}
      {props.error ? (
        <p class="error" id={`${id}-error`} safe>
          {page.t(props.error)}
        </p>
      ) : (
        ''
      )}
      {props.options.map((o) => (
        <label>
          <input
            type="checkbox"
            name={name}
            value={o.value}
            checked={props.chosen.includes(o.value)}
          />{' '}
          <span dir="auto" safe>
            {o.label}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** A date field (YYYY-MM-DD) with its label and error, like the shared TextField. */
export function DateField(props: {
  page: Page;
  name: string;
  label: string;
  value?: string;
  error?: string;
  required?: boolean;
}): JSX.Element {
  const id = `field-${props.name}`;
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label for={id} safe>
        {props.label}
      </label>
      {props.error ? (
        <p class="error" id={`${id}-error`} safe>
          {props.page.t(props.error)}
        </p>
      ) : (
        ''
      )}
      <input
        id={id}
        name={props.name}
        type="date"
        value={props.value}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
      />
    </div>
  );
}

/** A titled section of the exchange page. */
export function Section(props: { id: string; title: string; children?: Children }): JSX.Element {
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`} safe>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
