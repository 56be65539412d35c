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
import type { EventQuestion, QuestionsSetup } from '../registration-questions.service.ts';

/** The add form's state, and the edited question's when its save was refused. */
export interface QuestionForms {
  add: FormState;
  edit?: { questionId: number; form: FormState };
}

function RequiredBox(props: { page: Page; id: string; checked: boolean }): JSX.Element {
  return (
    <div class="field">
      <label>
        <input type="checkbox" id={props.id} name="is_required" value="1" checked={props.checked} />{' '}
        <span safe>{props.page.t('registration-questions.fields.isRequired')}</span>
      </label>
    </div>
  );
}

/**
 * One question: its edit form, move and delete buttons. Buttons are named by their visible text
 * followed by the question's label ("Delete Question 2"), through aria-labelledby.
 */
function QuestionItem(props: {
  page: Page;
  eventId: number;
  question: EventQuestion;
  count: number;
  form?: FormState;
}): JSX.Element {
  const { page, question, form } = props;
  const { t } = page;
  const n = question.position;
  const action = `/authoring/events/${props.eventId}/questions/${question.id}`;
  const fieldId = `field-prompt-${question.id}`;
  const labelId = `question-label-${question.id}`;
  const error = form?.errors.prompt;
  const prompt = form ? (form.values.prompt ?? '') : question.prompt;
  const required = form ? form.values.is_required === '1' : question.isRequired;
  const button = (kind: string, text: string, extra: Record<string, string> = {}) => (
    <button
      type="submit"
      id={`${kind}-${question.id}`}
      class={kind === 'delete' ? 'button button-danger' : 'button button-secondary'}
      aria-labelledby={`${kind}-${question.id} ${labelId}`}
      {...extra}
      safe
    >
      {text}
    </button>
  );
  return (
    <li class="card">
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField page={page} />
        <div class={error ? 'field field-error' : 'field'}>
          <label for={fieldId} id={labelId} safe>
            {t('registration-questions.list.label', { n })}
          </label>
          {error ? (
            <p class="error" id={`${fieldId}-error`} safe>
              {t(error)}
            </p>
          ) : (
            ''
          )}
          <input
            id={fieldId}
            name="prompt"
            type="text"
            value={prompt}
            required
            maxlength={300}
            dir="auto"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${fieldId}-error` : undefined}
          />
        </div>
        <RequiredBox page={page} id={`required-${question.id}`} checked={required} />
        <p>{button('save', t('registration-questions.list.save'))}</p>
      </form>
      <form method="post" action={`${action}/move`} class="inline-form">
        <CsrfField page={page} />
        {n > 1
          ? button('up', t('registration-questions.list.up'), { name: 'direction', value: 'up' })
          : ''}{' '}
        {n < props.count
          ? button('down', t('registration-questions.list.down'), {
              name: 'direction',
              value: 'down',
            })
          : ''}
      </form>{' '}
      <form method="post" action={`${action}/delete`} class="inline-form">
        <CsrfField page={page} />
        {button('delete', t('registration-questions.list.delete'))}
      </form>
      {question.answerCount > 0 ? (
        <p class="meta" safe>
          {t('registration-questions.list.answers', { count: question.answerCount })}
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

/** An event's registration questions for its organisers: the list in order, and the add form. */
export function RegistrationQuestionsPage(props: {
  page: Page;
  setup: QuestionsSetup;
  forms: QuestionForms;
  noticeKey?: string;
}): JSX.Element {
  const { page, setup, forms } = props;
  const { t } = page;
  const { event, questions } = setup;
  const title = t('registration-questions.page.title');
  const edit = forms.edit;
  // The summary links to the field in error: the edited question's, else the add form's.
  const errors = edit
    ? Object.fromEntries(
        Object.entries(edit.form.errors).map(([k, v]) => [`${k}-${edit.questionId}`, v]),
      )
    : forms.add.errors;
  return (
    <Layout page={page} title={`${title}: ${event.title}`}>
      <p class="meta">
        <a href={`/authoring/events/${event.id}`} dir="auto" safe>
          {event.title}
        </a>
        {' · '}
        <a href={`/events/${event.slug}`} safe>
          {t('registration-questions.page.eventPage')}
        </a>
      </p>
      <h1 safe>{title}</h1>
      <Notice page={page} messageKey={props.noticeKey} />
      <ErrorSummary page={page} errors={errors} />
      <p safe>{t('registration-questions.page.intro', { max: setup.max })}</p>
      <p safe>{t('registration-questions.page.deleteWarning')}</p>
      <h2 safe>{t('registration-questions.list.title')}</h2>
      {questions.length === 0 ? (
        <p safe>{t('registration-questions.list.none')}</p>
      ) : (
        <ol class="stack">
          {questions.map((question) => (
            <QuestionItem
              page={page}
              eventId={event.id}
              question={question}
              count={questions.length}
              form={edit && edit.questionId === question.id ? edit.form : undefined}
            />
          ))}
        </ol>
      )}
      <h2 id="add-title" safe>
        {t('registration-questions.add.title')}
      </h2>
      {questions.length >= setup.max ? (
        <p safe>{t('registration-questions.add.full', { max: setup.max })}</p>
      ) : (
        <form
          method="post"
          action={`/authoring/events/${event.id}/questions`}
          class="stack"
          aria-labelledby="add-title"
          novalidate
        >
          <CsrfField page={page} />
          <TextField
            page={page}
            form={forms.add}
            name="prompt"
            label={t('registration-questions.fields.prompt')}
            hint={t('registration-questions.fields.promptHint')}
            required
            maxlength={300}
            dir="auto"
          />
          <RequiredBox
            page={page}
            id="field-is_required"
            checked={forms.add.values.is_required === '1'}
          />
          <p>
            <SubmitButton>
              <span safe>{t('registration-questions.add.submit')}</span>
            </SubmitButton>
          </p>
        </form>
      )}
    </Layout>
  );
}
