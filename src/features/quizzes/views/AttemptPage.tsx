import { renderMarkdown } from '../../../web/markdown.ts';
import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { getAttemptForm } from '../attempt-start.service.ts';
import { choiceLabel, pick } from './text.ts';

type Form = Awaited<ReturnType<typeof getAttemptForm>>;

/** An open attempt: every question in one plain form; the time limit is shown as a deadline. */
export function AttemptPage({
  page,
  form,
  runId,
}: {
  page: Page;
  form: Form;
  runId: number;
}): JSX.Element {
  const { t } = page;
  const { attempt, lesson } = form;
  const language = page.lang;
  const title = pick(Object.fromEntries(lesson.texts.map((x) => [x.language, x.title])), language);
  const heading = t('quizzes.take.attemptHeading', {
    title: title || t('quizzes.edit.untitled'),
    n: attempt.number,
  });
  const base = `/learn/${runId}/quiz/${lesson.lessonId}`;
  return (
    <Layout page={page} title={heading}>
      <p>
        <a href={base} safe>
          {t('quizzes.take.backToQuiz')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {heading}
      </h1>
      {attempt.deadlineAt ? (
        <p class="notice">
          <span safe>{t('quizzes.take.deadline')}</span>{' '}
          <time datetime={attempt.deadlineAt} safe>
            {page.formatDateTimeForReader(attempt.deadlineAt)}
          </time>
        </p>
      ) : (
        ''
      )}
      <form method="post" action={`${base}/attempts/${attempt.id}/submit`} novalidate>
        <input type="hidden" name="_csrf" value={page.csrf} />
        <ol>
          {form.questions.map((q, i) => {
            const text = pick(q.texts, language);
            const promptId = `prompt-${q.id}`;
            // Markdown rendered to a safe subset of HTML.
            const safePrompt = renderMarkdown(text?.prompt ?? '');
            return (
              <li>
                <fieldset aria-describedby={promptId}>
                  <legend safe>
                    {t('quizzes.take.questionLegend', { n: i + 1, count: q.points })}
                  </legend>
                  <div id={promptId} dir="auto">
                    {safePrompt}
                  </div>
                  <p class="hint" safe>
                    {t(`quizzes.take.how.${q.kind}`)}
                  </p>
                  {q.kind === 'short_text' ? (
                    <div class="field">
                      <label for={`answer-${q.id}`} safe>
                        {t('quizzes.take.yourAnswer')}
                      </label>
                      <input
                        id={`answer-${q.id}`}
                        type="text"
                        name={`q${q.id}`}
                        maxlength={500}
                        dir="auto"
                        autocomplete="off"
                      />
                    </div>
                  ) : (
                    q.choices.map((c) => (
                      <div class="field">
                        <label for={`choice-${c.id}`}>
                          <input
                            id={`choice-${c.id}`}
                            type={q.kind === 'multiple' ? 'checkbox' : 'radio'}
                            name={`q${q.id}`}
                            value={String(c.id)}
                          />{' '}
                          <span dir="auto" safe>
                            {choiceLabel(page, q.kind, c.position, c.texts, language)}
                          </span>
                        </label>
                      </div>
                    ))
                  )}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <p>
          <button type="submit" class="button" safe>
            {t('quizzes.take.submit')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
