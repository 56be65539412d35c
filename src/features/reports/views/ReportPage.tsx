import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { HeldEvent, YearReport } from '../report.service.ts';
import { BarChart } from './BarChart.tsx';
import {
  barsOf,
  EVENT_DIMENSIONS,
  PARTICIPANT_DIMENSIONS,
  rate,
  score,
  type Dimension,
} from './labels.ts';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt safe>{label}</dt>
      <dd safe>{value}</dd>
    </>
  );
}

function Breakdown({
  page,
  report,
  dimension,
}: {
  page: Page;
  report: YearReport;
  dimension: Dimension;
}) {
  const title = page.t(`reports.dimensions.${dimension}`);
  return (
    <section class="report-section">
      <h3 safe>{title}</h3>
      <BarChart
        page={page}
        id={`chart-${dimension}`}
        title={title}
        bars={barsOf(page, report, dimension)}
      />
    </section>
  );
}

function EventList({ page, events }: { page: Page; events: HeldEvent[] }) {
  const { t } = page;
  if (events.length === 0) return <p safe>{t('reports.none')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col" safe>
              {t('reports.events.date')}
            </th>
            <th scope="col" safe>
              {t('reports.events.title')}
            </th>
            <th scope="col" safe>
              {t('reports.events.kind')}
            </th>
            <th scope="col" safe>
              {t('reports.events.city')}
            </th>
            <th scope="col" safe>
              {t('reports.events.registered')}
            </th>
            <th scope="col" safe>
              {t('reports.events.attended')}
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr>
              <td safe>{page.formatDate(e.startsAt, 'medium')}</td>
              <th scope="row">
                <span dir="auto" safe>
                  {e.title}
                </span>
                {e.isDemo ? (
                  <>
                    {' '}
                    <span class="demo-badge" safe>
                      {t('reports.demo')}
                    </span>
                  </>
                ) : (
                  ''
                )}
              </th>
              <td safe>{t(`reports.kinds.${e.kind}`)}</td>
              <td dir="auto" safe>
                {e.cityName ?? '—'}
              </td>
              <td safe>{page.formatNumber(e.registered)}</td>
              <td safe>{page.formatNumber(e.attended)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Learning events delivered in <year>": figures, charts with their tables, and for
 * coordinators the events by name. Prints on paper without the site's navigation. */
export function ReportPage({ page, report }: { page: Page; report: YearReport }): JSX.Element {
  const { t } = page;
  const num = (n: number) => page.formatNumber(n);
  const title = t('reports.year.title', { year: report.year });
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <p class="report-actions">
        <a href={`/reports/events/${report.year}.csv`} safe>
          {t('reports.downloadCsv')}
        </a>{' '}
        <a href="/reports/events" safe>
          {t('reports.otherYears')}
        </a>
      </p>
      <h2 safe>{t('reports.summary')}</h2>
      <dl class="report-figures">
        <Figure label={t('reports.figures.eventsHeld')} value={num(report.eventsHeld)} />
        <Figure
          label={t('reports.figures.participantsUnique')}
          value={num(report.participants.unique)}
        />
        <Figure
          label={t('reports.figures.participantsTotal')}
          value={num(report.participants.total)}
        />
        <Figure label={t('reports.figures.registered')} value={num(report.attendance.registered)} />
        <Figure
          label={t('reports.figures.attendanceRate')}
          value={rate(page, report.attendance.rate)}
        />
        <Figure
          label={t('reports.figures.evaluations')}
          value={num(report.evaluations.responses)}
        />
        <Figure
          label={t('reports.figures.satisfaction')}
          value={score(page, report.evaluations.satisfaction)}
        />
        <Figure
          label={t('reports.figures.usefulness')}
          value={score(page, report.evaluations.usefulness)}
        />
        <Figure
          label={t('reports.figures.relevance')}
          value={score(page, report.evaluations.relevance)}
        />
        <Figure label={t('reports.figures.runs')} value={num(report.runs.runs)} />
        <Figure label={t('reports.figures.completions')} value={num(report.runs.completions)} />
      </dl>
      <h2 safe>{t('reports.eventsHeading')}</h2>
      {EVENT_DIMENSIONS.map((d) => (
        <Breakdown page={page} report={report} dimension={d} />
      ))}
      <h2 safe>{t('reports.participantsHeading')}</h2>
      {PARTICIPANT_DIMENSIONS.map((d) => (
        <Breakdown page={page} report={report} dimension={d} />
      ))}
      {report.events ? (
        <>
          <h2 safe>{t('reports.eventListHeading')}</h2>
          <EventList page={page} events={report.events} />
        </>
      ) : (
        ''
      )}
    </Layout>
  );
}
