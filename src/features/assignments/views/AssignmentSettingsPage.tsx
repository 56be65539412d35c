import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { AssignmentSettings } from '../assignments.queries.ts';
import { InputField, megabytes, pick } from './parts.tsx';

export interface AssignmentSettingsPageProps {
  page: Page;
  lesson: { id: number; titles: Record<string, string> };
  platformLimitBytes: number;
  form: FormState;
  noticeKey?: string;
}

/** The settings form's values from saved settings. */
export function settingsFormOf(s: AssignmentSettings): FormState {
  return {
    errors: {},
    values: {
      accepts_text: s.acceptsText ? '1' : '',
      accepts_file: s.acceptsFile ? '1' : '',
      deadline: s.deadlineAt ? s.deadlineAt.slice(0, 16) : '',
      max_score: String(s.maxScore),
      pass_mark: String(s.passMark),
      max_file_mb: String(Math.max(1, Math.floor(s.maxFileBytes / (1024 * 1024)))),
    },
  };
}

function Checkbox({ page, form, name }: { page: Page; form: FormState; name: string }) {
  const error = form.errors[name];
  return (
    <div class={error ? 'field field-error' : 'field'}>
      {error ? (
        <p class="error" id={`field-${name}-error`} safe>
          {page.t(error)}
        </p>
      ) : (
        ''
      )}
      <label for={`field-${name}`}>
        <input
          id={`field-${name}`}
          type="checkbox"
          name={name}
          value="1"
          checked={form.values[name] === '1'}
          aria-describedby={error ? `field-${name}-error` : undefined}
        />{' '}
        <span safe>{page.t(`assignments.settings.${name}`)}</span>
      </label>
    </div>
  );
}

/** An assignment lesson's settings: what it accepts, its deadline, scores and file size limit. */
export function AssignmentSettingsPage({
  page,
  lesson,
  platformLimitBytes,
  form,
  noticeKey,
}: AssignmentSettingsPageProps): JSX.Element {
  const { t } = page;
  const heading = t('assignments.settings.title', {
    lesson: pick(lesson.titles, page.lang) || t('assignments.learner.untitled'),
  });
  const field = (name: string) => ({
    page,
    form,
    name,
    label: t(`assignments.settings.${name}`),
  });
  return (
    <Layout page={page} title={heading}>
      <p>
        <a href={`/authoring/lessons/${lesson.id}`} safe>
          {t('assignments.settings.backToLesson')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {heading}
      </h1>
      <Notice page={page} messageKey={noticeKey} />
      <p class="hint" safe>
        {t('assignments.settings.instructionsHint')}
      </p>
      <ErrorSummary page={page} errors={form.errors} />
      <form
        method="post"
        action={`/authoring/lessons/${lesson.id}/assignment`}
        class="stack"
        novalidate
      >
        <CsrfField page={page} />
        <fieldset>
          <legend safe>{t('assignments.settings.accepts')}</legend>
          <Checkbox page={page} form={form} name="accepts_text" />
          <Checkbox page={page} form={form} name="accepts_file" />
        </fieldset>
        <InputField
          page={page}
          name="deadline"
          type="datetime-local"
          label={t('assignments.settings.deadline')}
          value={form.values.deadline}
          hint={t('assignments.settings.deadlineHint')}
          error={form.errors.deadline}
        />
        <TextField {...field('max_score')} type="number" required />
        <TextField {...field('pass_mark')} type="number" required />
        <TextField
          {...field('max_file_mb')}
          type="number"
          required
          hint={t('assignments.settings.maxFileHint', {
            max: megabytes(page, platformLimitBytes),
          })}
        />
        <p>
          <SubmitButton>
            <span safe>{t('common.form.save')}</span>
          </SubmitButton>
        </p>
      </form>
    </Layout>
  );
}
