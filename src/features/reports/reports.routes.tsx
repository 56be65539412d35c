import type { FastifyInstance } from 'fastify';
import { toCsv } from '../../web/csv.ts';
import { pageOf } from '../../web/page.ts';
import { getReportYears, getYearReport, parseYear } from './report.service.ts';
import { reportCsvRows } from './views/report-csv.ts';
import { ReportPage } from './views/ReportPage.tsx';
import { ReportYearsPage } from './views/ReportYearsPage.tsx';

type YearParams = { Params: { year: string } };

export async function reportsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get('/reports/events', async (request, reply) => {
    const years = await getReportYears(deps);
    return reply.html(<ReportYearsPage page={pageOf(request, reply)} years={years} />);
  });

  app.get<YearParams>('/reports/events/:year', async (request, reply) => {
    const year = parseYear(request.params.year, new Date());
    const report = await getYearReport(deps, request.actor, year, request.lang);
    return reply.html(<ReportPage page={pageOf(request, reply)} report={report} />);
  });

  app.get<YearParams>('/reports/events/:year.csv', async (request, reply) => {
    const year = parseYear(request.params.year, new Date());
    const report = await getYearReport(deps, request.actor, year, request.lang);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="events-${year}.csv"`)
      .send(toCsv(reportCsvRows(pageOf(request, reply), report)));
  });
}
