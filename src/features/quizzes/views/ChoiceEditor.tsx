import type { Page } from '../../../web/page.ts';
import type { QuestionRow } from '../quizzes.service.ts';
import { ButtonForm, Check, Field, formFor, type Focus } from './fields.tsx';
import { choiceLabel } from './text.ts';

// The choices of a question in the quiz editor: one form per choice, and one to add a choice.

type Choice = QuestionRow['choices'][number];

/** A choice's label (not for true/false), feedback and rightness, with its buttons. */
export function ChoiceEditor(props: {
  page: Page;
  question: QuestionRow;
  choice: Choice;
  language: string;
  canDelete: boolean;
  focus?: Focus;
}) {
  const { page, question, choice, language } = props;
  const { t } = page;
  const trueFalse = question.kind === 'true_false';
  const text = choice.texts[language];
  const form = formFor(props.focus, `c${choice.id}`, {
    label: text?.label ?? '',
    feedback: text?.feedback ?? '',
    is_correct: choice.isCorrect ? '1' : '',
  });
  const action = `/authoring/quiz-choices/${choice.id}`;
  return (
    <li id={`c${choice.id}`}>
      <p>
        <strong dir="auto" safe>
          {choiceLabel(page, question.kind, choice.position, choice.texts, language) ||
            t('quizzes.edit.untitledChoice')}
        </strong>{' '}
        {choice.isCorrect ? (
          <span class="badge" safe>
            {t('quizzes.edit.right')}
          </span>
        ) : (
          ''
        )}
      </p>
      <form method="post" action={action} class="stack" novalidate>
        <input type="hidden" name="_csrf" value={page.csrf} />
        <input type="hidden" name="language" value={language} />
        {trueFalse ? (
          ''
        ) : (
          <Field
            page={page}
            form={form}
            name="label"
            label={t('quizzes.edit.label')}
            required
            maxlength={500}
          />
        )}
        <Field
          page={page}
          form={form}
          name="feedback"
          label={t('quizzes.edit.feedback')}
          type="textarea"
          rows={2}
          maxlength={2000}
        />
        <Check form={form} name="is_correct" label={t('quizzes.edit.isCorrect')} />
        <p>
          <button type="submit" class="button-secondary" safe>
            {t('quizzes.edit.saveChoice')}
          </button>
        </p>
      </form>
      {trueFalse ? (
        ''
      ) : (
        <p>
          <ButtonForm
            language={language}
            page={page}
            action={`${action}/move`}
            name="direction"
            value="up"
            label={t('quizzes.edit.moveUp')}
          />{' '}
          <ButtonForm
            language={language}
            page={page}
            action={`${action}/move`}
            name="direction"
            value="down"
            label={t('quizzes.edit.moveDown')}
          />{' '}
          {props.canDelete ? (
            <ButtonForm
              language={language}
              page={page}
              action={`${action}/delete`}
              label={t('quizzes.edit.deleteChoice')}
              danger
            />
          ) : (
            ''
          )}
        </p>
      )}
    </li>
  );
}

/** The form that adds a choice to a single- or multiple-choice question. */
export function NewChoiceForm(props: {
  page: Page;
  question: QuestionRow;
  language: string;
  focus?: Focus;
}) {
  const { page, question, language } = props;
  const { t } = page;
  const form = formFor(props.focus, `nc${question.id}`, {});
  return (
    <form
      method="post"
      action={`/authoring/quiz-questions/${question.id}/choices`}
      class="stack"
      novalidate
    >
      <input type="hidden" name="_csrf" value={page.csrf} />
      <input type="hidden" name="language" value={language} />
      <Field
        page={page}
        form={form}
        name="label"
        label={t('quizzes.edit.newChoice')}
        required
        maxlength={500}
      />
      <Field
        page={page}
        form={form}
        name="feedback"
        label={t('quizzes.edit.feedback')}
        type="textarea"
        rows={2}
        maxlength={2000}
      />
      <Check form={form} name="is_correct" label={t('quizzes.edit.isCorrect')} />
      <p>
        <button type="submit" class="button-secondary" safe>
          {t('quizzes.edit.addChoice')}
        </button>
      </p>
    </form>
  );
}
