import type { FastifyInstance } from 'fastify';
import { contentDisposition } from '../../files/send.ts';
import { pageOf } from '../../web/page.ts';
import { getActionPlanCsv, getActionPlanPdf } from './action-plan.service.ts';

// The action plan as CSV (for spreadsheets) and as PDF (to print and share).

type SlugParams = { Params: { slug: string } };

export async function actionPlanRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<SlugParams>('/twinnings/:slug/action-plan.csv', async (request, reply) => {
    const { t, formatDate, formatNumber } = pageOf(request, reply);
    const csv = await getActionPlanCsv(deps, request.actor, request.params.slug, {
      t,
      formatDate: (d) => formatDate(d),
      formatNumber,
    });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', contentDisposition(csv.fileName))
      .header('cache-control', 'private, no-store')
      .send(csv.text);
  });

  app.get<SlugParams>('/twinnings/:slug/action-plan.pdf', async (request, reply) => {
    const { t, lang, formatDate, formatNumber } = pageOf(request, reply);
    const pdf = await getActionPlanPdf(deps, request.actor, request.params.slug, {
      t,
      lang,
      formatDate: (d) => formatDate(d),
      formatNumber,
    });
    return reply
      .type('application/pdf')
      .header('content-disposition', contentDisposition(pdf.fileName))
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(pdf.bytes));
  });
}
