import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { EvaluationSummary } from '../evaluation.queries.ts';
import { SCORE_FIELDS } from '../evaluation.schema.ts';

/** For organisers: how many answered, the average and spread of each score, the open answers. */
export function EvaluationSummaryPage({
  page,
  title,
  slug,
  summary,
}: {
  page: Page;
  title: string;
  slug: string;
  summary: EvaluationSummary;
}): JSX.Element {
  const { t } = page;
  const heading = t('evaluations.summary.title', { title });
  const one = (n: number) => page.formatNumber(Math.round(n * 10) / 10);
  return (
    <Layout page={page} title={heading}>
      <h1 safe>{heading}</h1>
      <p>
        <a href={`/events/${slug}`} safe>
          {t('evaluations.summary.back')}
        </a>
      </p>
      <p safe>
        {t('evaluations.summary.responses', {
          responses: page.formatNumber(summary.responses),
          attended: page.formatNumber(summary.attended),
        })}
      </p>
      {summary.averages ? (
        <div class="table-wrap">
          <table>
            <caption safe>{t('evaluations.summary.scores')}</caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('evaluations.summary.question')}
                </th>
                <th scope="col" safe>
                  {t('evaluations.summary.average')}
                </th>
                {[1, 2, 3, 4, 5].map((n) => (
                  <th scope="col" safe>
                    {page.formatNumber(n)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {SCORE_FIELDS.map((f) => (
                <tr>
                  <th scope="row" safe>
                    {t(`evaluations.fields.${f}`)}
                  </th>
                  <td safe>{one(summary.averages![f])}</td>
                  {summary.distribution[f].map((count) => (
                    <td safe>{page.formatNumber(count)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p safe>{t('evaluations.summary.none')}</p>
      )}
      {summary.answers.length > 0 ? (
        <>
          <h2 safe>{t('evaluations.summary.answers')}</h2>
          <ul class="stack">
            {summary.answers.map((a) => (
              <li class="card">
                {a.willApply ? (
                  <p>
                    <strong safe>{t('evaluations.fields.willApply')}</strong>{' '}
                    <span dir="auto" safe>
                      {a.willApply}
                    </span>
                  </p>
                ) : (
                  ''
                )}
                {a.comments ? (
                  <p>
                    <strong safe>{t('evaluations.fields.comments')}</strong>{' '}
                    <span dir="auto" safe>
                      {a.comments}
                    </span>
                  </p>
                ) : (
                  ''
                )}
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </Layout>
  );
}
