import { renderMarkdown } from '../../../web/markdown.ts';
import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { getResult } from '../attempt-submit.service.ts';
import type { QuestionRow } from '../quizzes.service.ts';
import type { GradedAnswer } from '../quizzes.grading.ts';
import { choiceLabel, percent, pick } from './text.ts';

type Result = Awaited<ReturnType<typeof getResult>>;

/** A closed attempt: the score against the pass mark, then per question what was right and why. */
export function ResultPage({
  page,
  result,
  runId,
}: {
  page: Page;
  result: Result;
  runId: number;
}): JSX.Element {
  const { t } = page;
  const { attempt, lesson, settings } = result;
  const title = pick(Object.fromEntries(lesson.texts.map((x) => [x.language, x.title])), page.lang);
  const heading = t('quizzes.result.heading', {
    title: title || t('quizzes.edit.untitled'),
    n: attempt.number,
  });
  const byId = new Map(result.questions.map((q) => [q.id, q]));
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
      {attempt.status === 'expired' ? (
        <p class="notice" role="status" safe>
          {t('quizzes.result.expired')}
        </p>
      ) : (
        <p class={attempt.passed ? 'notice' : undefined} role="status">
          <span class={attempt.passed ? 'badge' : 'badge badge-alert'} safe>
            {t(attempt.passed ? 'quizzes.outcome.passed' : 'quizzes.outcome.failed')}
          </span>{' '}
          <span safe>
            {t('quizzes.result.score', {
              score: percent(page, attempt.score ?? 0),
              points: page.formatNumber(attempt.points ?? 0),
              count: attempt.maxPoints ?? 0,
              mark: percent(page, settings.passMark),
            })}
          </span>
        </p>
      )}
      {attempt.passed ? (
        <p>
          <a href={`/learn/${runId}`} safe>
            {t('quizzes.result.continue')}
          </a>
        </p>
      ) : (
        ''
      )}
      <ol>
        {attempt.answers.map((answer, i) => {
          const question = byId.get(answer.questionId);
          return question ? (
            <AnswerReview page={page} question={question} answer={answer} number={i + 1} />
          ) : (
            ''
          );
        })}
      </ol>
    </Layout>
  );
}

function AnswerReview(props: {
  page: Page;
  question: QuestionRow;
  answer: GradedAnswer;
  number: number;
}) {
  const { page, question, answer } = props;
  const { t } = page;
  const lang = page.lang;
  const text = pick(question.texts, lang);
  const right = answer.earned > 0;
  const chosen = new Set(answer.choiceIds);
  // Prompts and explanations are Markdown, rendered to a safe subset of HTML.
  const safePrompt = renderMarkdown(text?.prompt ?? '');
  const safeExplanation = text?.explanation ? renderMarkdown(text.explanation) : '';
  return (
    <li class="card">
      <h2 safe>
        {t('quizzes.result.questionHeading', {
          n: props.number,
          earned: answer.earned,
          count: answer.points,
        })}
      </h2>
      <div dir="auto">{safePrompt}</div>
      <p>
        <span class={right ? 'badge' : 'badge badge-alert'} safe>
          {t(right ? 'quizzes.result.right' : 'quizzes.result.wrong')}
        </span>
      </p>
      {question.kind === 'short_text' ? (
        <>
          <p>
            <span safe>{t('quizzes.result.yourAnswer')}</span>{' '}
            <q dir="auto" safe>
              {answer.text}
            </q>
          </p>
          <p>
            <span safe>{t('quizzes.result.accepted')}</span>{' '}
            <span dir="auto" safe>
              {question.accepted.join(' · ')}
            </span>
          </p>
        </>
      ) : (
        <ul>
          {question.choices.map((c) => {
            const feedback = pick(c.texts, lang)?.feedback ?? '';
            return (
              <li>
                <span dir="auto" safe>
                  {choiceLabel(page, question.kind, c.position, c.texts, lang)}
                </span>{' '}
                {chosen.has(c.id) ? (
                  <span class="badge" safe>
                    {t('quizzes.result.chosen')}
                  </span>
                ) : (
                  ''
                )}{' '}
                {c.isCorrect ? (
                  <span class="badge" safe>
                    {t('quizzes.result.rightChoice')}
                  </span>
                ) : (
                  ''
                )}
                {feedback ? (
                  <p class="meta" dir="auto" safe>
                    {feedback}
                  </p>
                ) : (
                  ''
                )}
              </li>
            );
          })}
        </ul>
      )}
      {safeExplanation ? (
        <>
          <p>
            <strong safe>{t('quizzes.result.why')}</strong>
          </p>
          <div dir="auto">{safeExplanation}</div>
        </>
      ) : (
        ''
      )}
    </li>
  );
}
