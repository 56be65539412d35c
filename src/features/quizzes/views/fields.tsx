import type { Page } from '../../../web/page.ts';

// The quiz editor has one form per question and per choice on one page, so its fields carry the
// form's prefix in their id ("field-q12-prompt"); errors are keyed the same way, which lets the
// page's ErrorSummary link to them.

/** The one form re-rendered with the user's input and errors after a bad POST. */
export interface Focus {
  target: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}

export interface PrefixedForm {
  prefix: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}

/** The state of the form `prefix`: the submitted input if it is the one in focus, else `saved`. */
export function formFor(
  focus: Focus | undefined,
  prefix: string,
  saved: Record<string, string>,
): PrefixedForm {
  return focus?.target === prefix
    ? { prefix, values: focus.values, errors: focus.errors }
    : { prefix, values: saved, errors: {} };
}

/** Errors of the form in focus keyed by their field's id, for the ErrorSummary. */
export function summaryErrors(focus: Focus | undefined): Record<string, string> {
  if (!focus) return {};
  return Object.fromEntries(
    Object.entries(focus.errors).map(([name, key]) => [`${focus.target}-${name}`, key]),
  );
}

interface FieldProps {
  page: Page;
  form: PrefixedForm;
  name: string;
  label: string;
  hint?: string;
  type?: 'text' | 'number' | 'textarea';
  required?: boolean;
  maxlength?: number;
  rows?: number;
  min?: number;
  max?: number;
}

/** A labelled input or textarea, with its hint and error tied to it. */
export function Field(props: FieldProps): JSX.Element {
  const { page, form, name } = props;
  const id = `field-${form.prefix}-${name}`;
  const error = form.errors[name];
  const describedBy = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name,
    required: props.required,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy || undefined,
  };
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
      {props.type === 'textarea' ? (
        <textarea
          {...common}
          rows={String(props.rows ?? 3)}
          maxlength={props.maxlength}
          dir="auto"
          safe
        >
          {form.values[name] ?? ''}
        </textarea>
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          value={form.values[name] ?? ''}
          maxlength={props.maxlength}
          min={props.min === undefined ? undefined : String(props.min)}
          max={props.max === undefined ? undefined : String(props.max)}
          dir={props.type === 'number' ? undefined : 'auto'}
        />
      )}
    </div>
  );
}

/** A labelled checkbox sending "1" when ticked. */
export function Check(props: { form: PrefixedForm; name: string; label: string }): JSX.Element {
  const id = `field-${props.form.prefix}-${props.name}`;
  return (
    <div class="field">
      <label for={id}>
        <input
          id={id}
          type="checkbox"
          name={props.name}
          value="1"
          checked={props.form.values[props.name] === '1'}
        />{' '}
        <span safe>{props.label}</span>
      </label>
    </div>
  );
}

/** A small form with one button, e.g. "Move up" or "Delete". */
export function ButtonForm(props: {
  page: Page;
  action: string;
  label: string;
  name?: string;
  value?: string;
  /** The content language being edited, to come back to after the redirect. */
  language?: string;
  danger?: boolean;
}): JSX.Element {
  return (
    <form method="post" action={props.action} class="inline-form">
      <input type="hidden" name="_csrf" value={props.page.csrf} />
      {props.name ? <input type="hidden" name={props.name} value={props.value} /> : ''}
      {props.language ? <input type="hidden" name="language" value={props.language} /> : ''}
      <button type="submit" class={props.danger ? 'button-danger' : 'button-secondary'} safe>
        {props.label}
      </button>
    </form>
  );
}
