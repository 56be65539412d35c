import type { Language } from '../../../web/i18n.ts';
import type { Page } from '../../../web/page.ts';
import { ErrorSummary, Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { ContentLanguageNav } from '../../courses/views/ContentLanguageNav.tsx';
import { QUESTION_KINDS } from '../quizzes.grading.ts';
import { isTakeable } from '../quizzes.policy.ts';
import type { QuizEditor } from '../quizzes.service.ts';
import { Check, Field, formFor, summaryErrors, type Focus } from './fields.tsx';
import { QuestionEditor } from './QuestionEditor.tsx';
import { pick } from './text.ts';

export interface QuizEditProps {
  page: Page;
  editor: QuizEditor;
  language: Language;
  focus?: Focus;
  noticeKey?: string;
}

/** The quiz of a lesson: its settings, its questions and choices in one content language. */
export function QuizEditPage({ page, editor, language, focus, noticeKey }: QuizEditProps) {
  const { t } = page;
  const { lesson, settings, questions } = editor;
  const lessonTitle = pick(lesson.titles, page.lang) || t('quizzes.edit.untitled');
  // A language counts as written once every question has its prompt in it.
  const offered = new Set(
    questions.length === 0
      ? []
      : Object.keys(questions[0]!.texts).filter((l) => questions.every((q) => l in q.texts)),
  );
  const base = `/authoring/lessons/${lesson.id}/quiz`;
  const settingsForm = formFor(focus, 'settings', {
    pass_mark: String(settings.passMark),
    max_attempts: settings.maxAttempts === null ? '' : String(settings.maxAttempts),
    time_limit_minutes: settings.timeLimitMinutes === null ? '' : String(settings.timeLimitMinutes),
    shuffle: settings.shuffle ? '1' : '',
  });
  const newForm = formFor(focus, 'new', { kind: 'single', points: '1' });
  return (
    <Layout page={page} title={t('quizzes.edit.title', { lesson: lessonTitle })}>
      <p>
        <a href={`/authoring/lessons/${lesson.id}?lang=${language}`} dir="auto" safe>
          {lessonTitle}
        </a>
      </p>
      <h1 dir="auto" safe>
        {t('quizzes.edit.title', { lesson: lessonTitle })}
      </h1>
      <Notice page={page} messageKey={noticeKey} />
      <ErrorSummary page={page} errors={summaryErrors(focus)} />
      <p class="hint" safe>
        {t('quizzes.edit.introHint')}
      </p>
      <ContentLanguageNav
        page={page}
        id="quiz-languages"
        baseHref={base}
        language={language}
        offered={offered}
      />
      <section aria-labelledby="settings-title">
        <h2 id="settings-title" safe>
          {t('quizzes.edit.settings')}
        </h2>
        <form method="post" action={base} class="stack" novalidate>
          <input type="hidden" name="_csrf" value={page.csrf} />
          <input type="hidden" name="language" value={language} />
          <Field
            page={page}
            form={settingsForm}
            name="pass_mark"
            label={t('quizzes.edit.passMark')}
            type="number"
            min={0}
            max={100}
            required
          />
          <Field
            page={page}
            form={settingsForm}
            name="max_attempts"
            label={t('quizzes.edit.maxAttempts')}
            hint={t('quizzes.edit.maxAttemptsHint')}
            type="number"
            min={1}
            max={100}
          />
          <Field
            page={page}
            form={settingsForm}
            name="time_limit_minutes"
            label={t('quizzes.edit.timeLimit')}
            hint={t('quizzes.edit.timeLimitHint')}
            type="number"
            min={1}
            max={600}
          />
          <Check form={settingsForm} name="shuffle" label={t('quizzes.edit.shuffle')} />
          <p>
            <button type="submit" class="button" safe>
              {t('quizzes.edit.saveSettings')}
            </button>
          </p>
        </form>
      </section>
      <section aria-labelledby="questions-title">
        <h2 id="questions-title" safe>
          {t('quizzes.edit.questions', { n: questions.length })}
        </h2>
        {isTakeable(questions) ? (
          ''
        ) : (
          <p class="error" role="status" safe>
            {t('quizzes.edit.notReady')}
          </p>
        )}
        <ol>
          {questions.map((q, i) => (
            <QuestionEditor
              page={page}
              question={q}
              number={i + 1}
              language={language}
              canDelete={editor.canDelete}
              focus={focus}
            />
          ))}
        </ol>
      </section>
      <section aria-labelledby="new-question-title">
        <h2 id="new-question-title" safe>
          {t('quizzes.edit.addQuestion')}
        </h2>
        <form method="post" action={`${base}/questions`} class="stack" novalidate>
          <input type="hidden" name="_csrf" value={page.csrf} />
          <input type="hidden" name="language" value={language} />
          <div class="field">
            <label for="field-new-kind" safe>
              {t('quizzes.edit.kind')}
            </label>
            <select id="field-new-kind" name="kind">
              {QUESTION_KINDS.map((k) => (
                <option value={k} selected={newForm.values.kind === k} safe>
                  {t(`quizzes.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <Field
            page={page}
            form={newForm}
            name="prompt"
            label={t('quizzes.edit.prompt')}
            type="textarea"
            required
            maxlength={2000}
          />
          <Field
            page={page}
            form={newForm}
            name="points"
            label={t('quizzes.edit.points')}
            type="number"
            min={1}
            max={100}
            required
          />
          <p>
            <button type="submit" class="button" safe>
              {t('quizzes.edit.addQuestion')}
            </button>
          </p>
        </form>
      </section>
    </Layout>
  );
}
