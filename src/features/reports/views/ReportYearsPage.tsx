import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';

/** The years that have a report: each links to its "Learning events delivered in <year>". */
export function ReportYearsPage({ page, years }: { page: Page; years: number[] }): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('reports.index.title')}>
      <h1 safe>{t('reports.index.title')}</h1>
      {years.length === 0 ? (
        <p safe>{t('reports.index.empty')}</p>
      ) : (
        <ul>
          {years.map((y) => (
            <li>
              <a href={`/reports/events/${y}`} safe>
                {t('reports.year.title', { year: y })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
