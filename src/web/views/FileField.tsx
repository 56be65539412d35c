import type { Page } from '../page.ts';
import type { FormState } from './forms.tsx';

// A file input with its label, hint and error, for the upload forms (document lessons, outcome
// documents), and the size of a file as readers write it.

const sizeFormats = new Map<string, Intl.NumberFormat>();

/** A file size in kB or MB, in the reader's language (Intl names the unit). */
export function fileSize(page: Page, bytes: number): string {
  const unit = bytes >= 1_000_000 ? 'megabyte' : 'kilobyte';
  const key = `${page.lang}:${unit}`;
  let f = sizeFormats.get(key);
  if (!f)
    sizeFormats.set(
      key,
      (f = new Intl.NumberFormat(page.lang, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      })),
    );
  return f.format(unit === 'megabyte' ? bytes / 1_000_000 : Math.max(bytes / 1000, 0.1));
}

/** The `file` field of a multipart form; its error comes from `form.errors.file`. */
export function FileField(props: {
  page: Page;
  form: FormState;
  label: string;
  hint: string;
  accept: string;
}): JSX.Element {
  const error = props.form.errors.file;
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for="field-file" safe>
        {props.label}
      </label>
      <p class="hint" id="field-file-hint" safe>
        {props.hint}
      </p>
      {error ? (
        <p class="error" id="field-file-error" safe>
          {props.page.t(error)}
        </p>
      ) : (
        ''
      )}
      <input
        id="field-file"
        name="file"
        type="file"
        required
        accept={props.accept}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'field-file-hint field-file-error' : 'field-file-hint'}
      />
    </div>
  );
}
