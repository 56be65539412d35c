import type { Children } from '@kitajs/html';
import type { Page } from '../../../web/page.ts';
import { ErrorSummary, PostForm, type FormState } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';

// Form parts of the twinning pages that the shared forms do not have: the frame of a form about
// one project, and a group of checkboxes (cities, partners) with its legend, hint and error.

/** A page holding one form about a project (an action, a milestone), linked back to the project. */
export function ProjectFormPage(props: {
  page: Page;
  project: { slug: string; title: string };
  /** The part of the project page the link goes back to. */
  anchor: string;
  title: string;
  form: FormState;
  action: string;
  submit: string;
  children: Children;
}): JSX.Element {
  const { page, project } = props;
  return (
    <Layout page={page} title={`${props.title}: ${project.title}`}>
      <p class="meta">
        <a href={`/twinnings/${project.slug}#${props.anchor}`} dir="auto" safe>
          {project.title}
        </a>
      </p>
      <h1 safe>{props.title}</h1>
      <ErrorSummary page={page} errors={props.form.errors} />
      <PostForm page={page} action={props.action} submit={props.submit}>
        {props.children}
      </PostForm>
    </Layout>
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
