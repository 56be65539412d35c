import type { FastifyInstance } from 'fastify';
import { toCsv } from '../../web/csv.ts';
import { AppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { DEFAULT_INACTIVE_DAYS, getCohort, listFacilitatedRuns } from './cohort.service.ts';
import { cohortCsvRows } from './views/cohort-csv.ts';
import { CohortPage } from './views/CohortPage.tsx';
import { FacilitatedRunsPage } from './views/FacilitatedRunsPage.tsx';

type RunParams = { Params: { run: string }; Querystring: { inactive?: string } };

/** "No activity for N days": a whole number from 1 to 365; anything else is a 400. */
function inactiveDays(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_INACTIVE_DAYS;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 365)
    throw new AppError('VALIDATION', 'cohort.errors.inactiveDays');
  return n;
}

export async function cohortRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get('/facilitate', async (request, reply) => {
    const runs = await listFacilitatedRuns(deps, request.actor);
    return reply.html(<FacilitatedRunsPage page={pageOf(request, reply)} runs={runs} />);
  });

  app.get<RunParams>('/facilitate/runs/:run', async (request, reply) => {
    const days = inactiveDays(request.query.inactive);
    const cohort = await getCohort(deps, request.actor, request.params.run, days);
    return reply.html(<CohortPage page={pageOf(request, reply)} cohort={cohort} />);
  });

  app.get<RunParams>('/facilitate/runs/:run/cohort.csv', async (request, reply) => {
    const days = inactiveDays(request.query.inactive);
    const cohort = await getCohort(deps, request.actor, request.params.run, days);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="cohort-run-${cohort.run.id}.csv"`)
      .send(toCsv(cohortCsvRows(request.t, request.lang, cohort)));
  });
}
