import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../web/page.ts';
import { followUpDashboard } from './dashboard.service.ts';
import { DashboardPage } from './views/DashboardPage.tsx';

/** The CityShare dashboard of facilitators and programme coordinators. */
export async function dashboardRoutes(app: FastifyInstance): Promise<void> {
  app.get('/facilitate/cityshare', async (request, reply) => {
    const data = await followUpDashboard(app.deps, request.actor);
    return reply
      .header('cache-control', 'no-store')
      .html(<DashboardPage page={pageOf(request, reply)} data={data} />);
  });
}
