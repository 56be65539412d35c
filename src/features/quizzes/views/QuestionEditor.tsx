import type { Page } from '../../../web/page.ts';
import type { QuestionRow } from '../quizzes.service.ts';
import { ChoiceEditor, NewChoiceForm } from './ChoiceEditor.tsx';
import { ButtonForm, Field, formFor, type Focus } from './fields.tsx';
import { pick } from './text.ts';

interface Props {
  page: Page;
  question: QuestionRow;
  number: number;
  language: string;
  canDelete: boolean;
  focus?: Focus;
}

/** One question of the quiz editor: its text in the language being edited, its choices, its buttons. */
export function QuestionEditor({ page, question, number, language, canDelete, focus }: Props) {
  const { t } = page;
  const text = question.texts[language];
  const fallback = text ? undefined : pick(question.texts, language);
  const form = formFor(focus, `q${question.id}`, {
    prompt: text?.prompt ?? '',
    explanation: text?.explanation ?? '',
    points: String(question.points),
    accepted: question.accepted.join('\n'),
  });
  const hasChoices = question.kind !== 'short_text';
  const canAddChoice = question.kind === 'single' || question.kind === 'multiple';
  const action = `/authoring/quiz-questions/${question.id}`;
  return (
    <li class="card" id={`q${question.id}`}>
      <h3 safe>
        {t('quizzes.edit.questionHeading', {
          number,
          kind: t(`quizzes.kinds.${question.kind}`),
        })}
      </h3>
      {fallback ? (
        <p class="hint" dir="auto" safe>
          {t('quizzes.edit.notTranslated', { text: fallback.prompt })}
        </p>
      ) : (
        ''
      )}
      <form method="post" action={action} class="stack" novalidate>
        <input type="hidden" name="_csrf" value={page.csrf} />
        <input type="hidden" name="language" value={language} />
        <Field
          page={page}
          form={form}
          name="prompt"
          label={t('quizzes.edit.prompt')}
          type="textarea"
          required
          maxlength={2000}
        />
        <Field
          page={page}
          form={form}
          name="explanation"
          label={t('quizzes.edit.explanation')}
          hint={t('quizzes.edit.explanationHint')}
          type="textarea"
          maxlength={5000}
        />
        <Field
          page={page}
          form={form}
          name="points"
          label={t('quizzes.edit.points')}
          type="number"
          min={1}
          max={100}
          required
        />
        {question.kind === 'short_text' ? (
          <Field
            page={page}
            form={form}
            name="accepted"
            label={t('quizzes.edit.accepted')}
            hint={t('quizzes.edit.acceptedHint')}
            type="textarea"
            maxlength={2000}
          />
        ) : (
          ''
        )}
        <p>
          <button type="submit" class="button" safe>
            {t('quizzes.edit.saveQuestion')}
          </button>
        </p>
      </form>
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
        {canDelete ? (
          <ButtonForm
            language={language}
            page={page}
            action={`${action}/delete`}
            label={t('quizzes.edit.deleteQuestion')}
            danger
          />
        ) : (
          ''
        )}
      </p>
      {hasChoices ? (
        <>
          <h4 safe>{t('quizzes.edit.choices')}</h4>
          {question.choices.length === 0 ? <p safe>{t('quizzes.edit.noChoices')}</p> : ''}
          <ol>
            {question.choices.map((c) => (
              <ChoiceEditor
                page={page}
                question={question}
                choice={c}
                language={language}
                canDelete={canDelete}
                focus={focus}
              />
            ))}
          </ol>
          {canAddChoice ? (
            <NewChoiceForm page={page} question={question} language={language} focus={focus} />
          ) : (
            ''
          )}
        </>
      ) : (
        ''
      )}
    </li>
  );
}
