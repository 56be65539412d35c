import type { Children } from '@kitajs/html';
import type { Page } from '../page.ts';
import { FileField, fileSize } from './FileField.tsx';
import { CsrfField, SubmitButton, TextField, type FormState } from './forms.tsx';

// The parts that every list of documents (event outcomes, practices, exchanges, twinning
// projects) shares; each feature passes its own text, URLs and columns.

/**
 * A table of documents with one row each (the row's first cell a `<th scope="row">`), or the
 * `empty` sentence when there are none.
 */
export function DocumentTable<D>(props: {
  documents: D[];
  empty: string;
  caption: string;
  headers: string[];
  row: (doc: D) => JSX.Element;
}): JSX.Element {
  if (props.documents.length === 0) return <p safe>{props.empty}</p>;
  return (
    <div class="table-wrap">
      <table>
        <caption safe>{props.caption}</caption>
        <thead>
          <tr>
            {props.headers.map((header) => (
              <th scope="col" safe>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.documents.map((doc) => (
            <tr>{props.row(doc)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A one-button form that posts to `action` (a delete), named for screen readers by `ariaLabel`. */
export function DeleteButton(props: {
  page: Page;
  action: string;
  label: string;
  ariaLabel: string;
}): JSX.Element {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField page={props.page} />
      <button type="submit" class="button button-danger" aria-label={props.ariaLabel} safe>
        {props.label}
      </button>
    </form>
  );
}

/**
 * The upload form of a document: CSRF first (it is checked before the file is read), a title
 * (unless `titleLabel` is left out), the caller's extra fields (`children`), the file and the
 * submit button. With a `heading`, an
 * `<h2 id="upload-title">` names the form.
 */
export function DocumentUploadForm(props: {
  page: Page;
  form: FormState;
  action: string;
  heading?: string;
  /** The title field's name: `title` unless the page has other forms. */
  titleName?: string;
  /** The title field's label; without one there is no title field (a library file has none). */
  titleLabel?: string;
  fileLabel: string;
  /** The hint beside the file field; `{{max}}` in it becomes the size limit. */
  fileHintKey: string;
  maxBytes: number;
  accept: string;
  submitLabel: string;
  children?: Children;
}): JSX.Element {
  const { page, form } = props;
  return (
    <>
      {props.heading ? (
        <h2 id="upload-title" safe>
          {props.heading}
        </h2>
      ) : (
        ''
      )}
      <form
        method="post"
        action={props.action}
        enctype="multipart/form-data"
        class="stack"
        aria-labelledby={props.heading ? 'upload-title' : undefined}
        novalidate
      >
        <CsrfField page={page} />
        {props.titleLabel ? (
          <TextField
            page={page}
            form={form}
            name={props.titleName ?? 'title'}
            label={props.titleLabel}
            required
            maxlength={200}
            dir="auto"
          />
        ) : (
          ''
        )}
        {props.children}
        <FileField
          page={page}
          form={form}
          label={props.fileLabel}
          hint={page.t(props.fileHintKey, { max: fileSize(page, props.maxBytes) })}
          accept={props.accept}
        />
        <p>
          <SubmitButton>
            <span safe>{props.submitLabel}</span>
          </SubmitButton>
        </p>
      </form>
    </>
  );
}
