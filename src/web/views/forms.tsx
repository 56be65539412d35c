import type { Children } from '@kitajs/html';
import type { Page } from '../page.ts';

// Form parts shared by every feature: labelled fields, errors tied to their field, the CSRF token.

export type FieldErrors = Record<string, string>;

export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
}

export const emptyForm: FormState = { values: {}, errors: {} };

export function CsrfField({ page }: { page: Page }): JSX.Element {
  return <input type="hidden" name="_csrf" value={page.csrf} />;
}

/** A list of what to fix at the top of a form, each item linking to its field. */
export function ErrorSummary({ page, errors }: { page: Page; errors: FieldErrors }): JSX.Element {
  const entries = Object.entries(errors);
  if (entries.length === 0) return <></>;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" safe>
        {page.t('common.form.fixErrors')}
      </h2>
      <ul>
        {entries.map(([field, key]) => (
          <li>
            <a href={`#field-${field}`} safe>
              {page.t(key)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  page: Page;
  form: FormState;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'url' | 'search' | 'date';
  required?: boolean;
  autocomplete?: string;
  hint?: string;
  maxlength?: number;
  dir?: 'auto';
}

export function TextField(props: FieldProps): JSX.Element {
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
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : form.values[name]}
        required={props.required}
        autocomplete={props.autocomplete}
        maxlength={props.maxlength}
        dir={props.dir}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField(
  props: Omit<FieldProps, 'type' | 'autocomplete' | 'maxlength'> & {
    options: Option[];
    autocomplete?: string;
  },
): JSX.Element {
  const { page, form, name } = props;
  const id = `field-${name}`;
  const error = form.errors[name];
  const current = form.values[name] ?? '';
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
      <select
        id={id}
        name={name}
        required={props.required}
        autocomplete={props.autocomplete}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : props.hint ? `${id}-hint` : undefined}
      >
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === current} safe>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TextAreaField(
  props: Omit<FieldProps, 'type' | 'autocomplete'> & { rows?: number },
): JSX.Element {
  const { page, form, name } = props;
  const id = `field-${name}`;
  const error = form.errors[name];
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id} safe>
        {props.label}
      </label>
      {error ? (
        <p class="error" id={`${id}-error`} safe>
          {page.t(error)}
        </p>
      ) : (
        ''
      )}
      <textarea
        id={id}
        name={name}
        rows={String(props.rows ?? 5)}
        required={props.required}
        maxlength={props.maxlength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        safe
      >
        {form.values[name] ?? ''}
      </textarea>
    </div>
  );
}

export function SubmitButton({ children }: { children: Children }): JSX.Element {
  return (
    <button type="submit" class="button">
      {children}
    </button>
  );
}

/** A notice shown once after a redirect (e.g. "Your password was changed"). */
export function Notice({ page, messageKey }: { page: Page; messageKey?: string }): JSX.Element {
  if (!messageKey) return <></>;
  return (
    <p class="notice" role="status" safe>
      {page.t(messageKey)}
    </p>
  );
}

/** A POST form laid out as a stack: the CSRF token, the fields, and one submit button. */
export function PostForm(props: {
  page: Page;
  action: string;
  submit: string;
  children: Children;
}): JSX.Element {
  return (
    <form method="post" action={props.action} class="stack" novalidate>
      <CsrfField page={props.page} />
      {props.children}
      <p>
        <SubmitButton>
          <span safe>{props.submit}</span>
        </SubmitButton>
      </p>
    </form>
  );
}
