import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { FacilitatedRun } from '../cohort.queries.ts';
import { runDates } from './CohortPage.tsx';
import { pickTitle } from './labels.ts';

/** The runs an official facilitates (every run, for coordinators), each leading to its cohort. */
export function FacilitatedRunsPage({
  page,
  runs,
}: {
  page: Page;
  runs: FacilitatedRun[];
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('cohort.runsTitle')}>
      <h1 safe>{t('cohort.runsTitle')}</h1>
      {runs.length === 0 ? (
        <p safe>{t('cohort.noRuns')}</p>
      ) : (
        <ul>
          {runs.map((run) => (
            <li>
              <a href={`/facilitate/runs/${run.id}`} dir="auto" safe>
                {pickTitle(run.courseTitles, page.lang)}
              </a>{' '}
              <span class="meta" safe>
                {[
                  run.title,
                  runDates(page, { ...run, isAlwaysOpen: run.startsOn === null }),
                  t('cohort.learnerCount', { count: page.formatNumber(run.learners) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2 safe>{t('cohort.cityShare.title')}</h2>
      <ul>
        <li>
          <a href="/facilitate/cityshare" safe>
            {t('cohort.cityShare.dashboard')}
          </a>
        </li>
        <li>
          <a href="/facilitate/pairings" safe>
            {t('cohort.cityShare.pairings')}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
