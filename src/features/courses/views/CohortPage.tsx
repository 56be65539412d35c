import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { Cohort, CohortLearner } from '../cohort.service.ts';
import { resultText } from './cohort-results.ts';
import { pickTitle } from './labels.ts';

/** When the run takes place, or that it is always open (self-paced). */
export function runDates(
  page: Page,
  run: Pick<Cohort['run'], 'startsOn' | 'endsOn' | 'isAlwaysOpen'>,
): string {
  if (run.isAlwaysOpen || !run.startsOn) return page.t('cohort.alwaysOpen');
  const start = page.formatDate(run.startsOn);
  return run.endsOn && run.endsOn !== run.startsOn
    ? `${start} – ${page.formatDate(run.endsOn)}`
    : start;
}

function LearnerRow({
  page,
  learner,
  cohort,
}: {
  page: Page;
  learner: CohortLearner;
  cohort: Cohort;
}) {
  const { t } = page;
  const total = cohort.requiredLessons;
  return (
    <tr>
      <th scope="row">
        <span dir="auto" safe>
          {learner.name}
        </span>
        {learner.inactive ? (
          <>
            {' '}
            <span class="badge badge-alert" safe>
              {t('cohort.inactiveBadge')}
            </span>
          </>
        ) : (
          ''
        )}
      </th>
      <td dir="auto" safe>
        {learner.organisationName ?? '—'}
      </td>
      <td safe>{t(`cohort.status.${learner.status}`)}</td>
      <td>
        <progress max={100} value={learner.percent} aria-hidden="true"></progress>{' '}
        <span safe>
          {t('cohort.lessonsOf', {
            done: page.formatNumber(learner.requiredDone),
            total: page.formatNumber(total),
          })}
        </span>
      </td>
      <td safe>
        {learner.lastActivityAt ? page.formatDateTime(learner.lastActivityAt) : t('cohort.never')}
      </td>
      {cohort.assessed.map((a) => (
        <td safe>{resultText(t, learner.results.get(a.id))}</td>
      ))}
    </tr>
  );
}

/** A run's learners for its facilitators: progress, last activity, who has gone quiet; CSV export. */
export function CohortPage({ page, cohort }: { page: Page; cohort: Cohort }): JSX.Element {
  const { t } = page;
  const { run, learners } = cohort;
  const course = pickTitle(run.courseTitles, page.lang);
  const title = t('cohort.title', { course });
  const quiet = learners.filter((l) => l.inactive).length;
  const done = learners.filter((l) => l.status === 'completed').length;
  const base = `/facilitate/runs/${run.id}`;
  return (
    <Layout page={page} title={title}>
      <p>
        <a href="/facilitate" safe>
          {t('cohort.allRuns')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {title}
      </h1>
      <p class="meta" safe>
        {[run.title, runDates(page, run)].filter(Boolean).join(' · ')}
      </p>
      <p>
        <a href={`/discussions/run/${run.id}`} safe>
          {t('discussions.link')}
        </a>
      </p>
      <p safe>
        {t('cohort.summary', {
          learners: page.formatNumber(learners.length),
          completed: page.formatNumber(done),
          quiet: page.formatNumber(quiet),
          days: page.formatNumber(cohort.inactiveDays),
        })}
      </p>
      <form method="get" action={base} class="filters">
        <div class="field">
          <label for="field-inactive" safe>
            {t('cohort.inactiveLabel')}
          </label>
          <input
            id="field-inactive"
            name="inactive"
            type="number"
            min="1"
            max="365"
            inputmode="numeric"
            value={String(cohort.inactiveDays)}
          />
        </div>
        <div class="field">
          <button type="submit" safe>
            {t('cohort.apply')}
          </button>
        </div>
      </form>
      <ul>
        {cohort.assessed.some((a) => a.kind === 'assignment') ? (
          <li>
            <a href={`${base}/submissions`} safe>
              {t('cohort.gradingQueue', { count: page.formatNumber(cohort.toGrade) })}
            </a>
          </li>
        ) : (
          ''
        )}
        <li>
          <a href={`${base}/cohort.csv?inactive=${cohort.inactiveDays}`} download="" safe>
            {t('cohort.csv')}
          </a>
        </li>
      </ul>
      {learners.length === 0 ? (
        <p safe>{t('cohort.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="meta" safe>
              {t('cohort.caption')}
            </caption>
            <thead>
              <tr>
                {['name', 'organisation', 'status', 'progress', 'lastActivity'].map((k) => (
                  <th scope="col" safe>
                    {t(`cohort.columns.${k}`)}
                  </th>
                ))}
                {cohort.assessed.map((a) => (
                  <th scope="col" dir="auto" safe>
                    {pickTitle(a.titles, page.lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {learners.map((learner) => (
                <LearnerRow page={page} learner={learner} cohort={cohort} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
