import type { Page } from '../../../web/page.ts';
import type { Attempt } from '../attempts.service.ts';
import { percent } from './text.ts';

/** A learner's attempts at a quiz: when, score, result, and a link to each result. */
export function AttemptList({
  page,
  attempts,
  base,
}: {
  page: Page;
  attempts: Attempt[];
  base: string;
}): JSX.Element {
  const { t } = page;
  if (attempts.length === 0) return <></>;
  return (
    <section aria-labelledby="attempts-title">
      <h2 id="attempts-title" safe>
        {t('quizzes.take.yourAttempts')}
      </h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col" safe>
                {t('quizzes.take.number')}
              </th>
              <th scope="col" safe>
                {t('quizzes.take.started')}
              </th>
              <th scope="col" safe>
                {t('quizzes.take.score')}
              </th>
              <th scope="col" safe>
                {t('quizzes.take.outcome')}
              </th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((a) => (
              <tr>
                <th scope="row">
                  <a href={`${base}/attempts/${a.id}${a.status === 'open' ? '' : '/result'}`} safe>
                    {t('quizzes.take.attemptNumber', { n: a.number })}
                  </a>
                </th>
                <td safe>{page.formatDateTime(a.startedAt)}</td>
                <td safe>{a.score === null ? '—' : percent(page, a.score)}</td>
                <td safe>{t(`quizzes.outcome.${a.status === 'open' ? 'open' : outcome(a)}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function outcome(a: Attempt): string {
  if (a.status === 'expired') return 'expired';
  return a.passed ? 'passed' : 'failed';
}
