import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues, idOf } from '../../web/validation.ts';
import type { FormState } from '../../web/views/forms.tsx';
import { actionPlanRoutes } from './action-plan.routes.tsx';
import { actionRoutes } from './action.routes.tsx';
import { twinningDocumentsRoutes } from './twinning-documents.routes.tsx';
import { createNewTwinning, getNewTwinningForm } from './twinning-create.service.ts';
import { citySchema, newTwinningSchema, statusSchema, summarySchema } from './twinning.schema.ts';
import {
  confirmCity,
  getPublicSummary,
  getTwinningPage,
  listTwinnings,
  saveSummary,
  setSummaryConsent,
  setTwinningStatus,
} from './twinning.service.ts';
import { TwinningListPage } from './views/TwinningListPage.tsx';
import { TwinningNewPage } from './views/TwinningNewPage.tsx';
import { TwinningPage } from './views/TwinningPage.tsx';
import { TwinningSummaryPage } from './views/TwinningSummaryPage.tsx';

// Twinning projects: the list, the new-project form, the project page and the decisions taken on
// it (confirmation, status, consent to publish, the public summary), then the plan's sub-routes.

type NewQuery = { Querystring: { exchange?: string } };
type SlugParams = { Params: { slug: string }; Querystring: { done?: string } };

export const NOTICES: Record<string, string> = {
  created: 'twinning.notices.created',
  existing: 'twinning.notices.existing',
  confirmed: 'twinning.notices.confirmed',
  alreadyConfirmed: 'twinning.notices.alreadyConfirmed',
  status: 'twinning.notices.status',
  consent: 'twinning.notices.consent',
  summary: 'twinning.notices.summary',
  actionSaved: 'twinning.notices.actionSaved',
  actionDeleted: 'twinning.notices.actionDeleted',
  milestoneSaved: 'twinning.notices.milestoneSaved',
};

export function noticeOf(done: string | undefined): string | undefined {
  return done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;
}

/** The cities chosen on the form, kept as "1,2" to re-render the checkboxes. */
function newFormValues(body: unknown): Record<string, string> {
  const values = formValues(body);
  const b = (body ?? {}) as Record<string, unknown>;
  for (const key of ['cities', 'partners']) {
    const v = b[key];
    values[key] = (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(String).join(',');
  }
  return values;
}

export async function twinningsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  async function renderNew(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ) {
    const setup = await getNewTwinningForm(deps, request.actor, undefined);
    return reply
      .status(status)
      .html(
        <TwinningNewPage
          page={pageOf(request, reply, { withForm: true })}
          choices={setup.choices}
          form={form}
        />,
      );
  }

  app.get('/twinnings', async (request, reply) => {
    const list = await listTwinnings(deps, request.actor);
    return reply.html(<TwinningListPage page={pageOf(request, reply)} {...list} />);
  });

  app.get<NewQuery>('/twinnings/new', async (request, reply) => {
    const setup = await getNewTwinningForm(deps, request.actor, idOf(request.query.exchange));
    return reply.html(
      <TwinningNewPage
        page={pageOf(request, reply, { withForm: true })}
        choices={setup.choices}
        form={{ values: setup.values, errors: {} }}
      />,
    );
  });

  app.post('/twinnings/new', async (request, reply) => {
    const parsed = newTwinningSchema.safeParse(request.body);
    const values = newFormValues(request.body);
    if (!parsed.success)
      return renderNew(request, reply, { values, errors: fieldErrors(parsed.error) }, 400);
    try {
      const { slug, created } = await createNewTwinning(deps, request.actor, parsed.data);
      return reply.redirect(`/twinnings/${slug}?done=${created ? 'created' : 'existing'}`, 303);
    } catch (err) {
      if (isAppError(err) && err.code === 'VALIDATION')
        return renderNew(request, reply, { values, errors: err.fields }, 400);
      throw err;
    }
  });

  app.get<SlugParams>('/twinnings/:slug', async (request, reply) => {
    const data = await getTwinningPage(deps, request.actor, request.params.slug);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <TwinningPage
          page={pageOf(request, reply, { withForm: true })}
          data={data}
          noticeKey={noticeOf(request.query.done)}
        />,
      );
  });

  app.get<SlugParams>('/twinnings/:slug/summary', async (request, reply) => {
    const result = await getPublicSummary(deps, request.actor, request.params.slug);
    return reply.html(<TwinningSummaryPage page={pageOf(request, reply)} {...result} />);
  });

  const back = (reply: FastifyReply, slug: string, done: string) =>
    reply.redirect(`/twinnings/${slug}?done=${done}`, 303);

  app.post<SlugParams>('/twinnings/:slug/confirm', async (request, reply) => {
    const parsed = citySchema.safeParse(request.body);
    const city = parsed.success ? parsed.data.city : -1;
    const confirmed = await confirmCity(deps, request.actor, request.params.slug, city);
    return back(reply, request.params.slug, confirmed ? 'confirmed' : 'alreadyConfirmed');
  });

  app.post<SlugParams>('/twinnings/:slug/publish', async (request, reply) => {
    const parsed = citySchema.safeParse(request.body);
    const city = parsed.success ? parsed.data.city : -1;
    const agree = parsed.success && parsed.data.agree === '1';
    await setSummaryConsent(deps, request.actor, request.params.slug, city, agree);
    return back(reply, request.params.slug, 'consent');
  });

  app.post<SlugParams>('/twinnings/:slug/status', async (request, reply) => {
    const parsed = statusSchema.safeParse(request.body);
    // An unknown status asks for nothing: the project's own access rules answer first.
    const status = parsed.success ? parsed.data.status : undefined;
    await setTwinningStatus(deps, request.actor, request.params.slug, status);
    return back(reply, request.params.slug, 'status');
  });

  app.post<SlugParams>('/twinnings/:slug/summary', async (request, reply) => {
    const parsed = summarySchema.safeParse(request.body);
    const text = parsed.success ? parsed.data.public_summary : undefined;
    const errorKey = parsed.success ? undefined : fieldErrors(parsed.error).public_summary;
    try {
      await saveSummary(deps, request.actor, request.params.slug, text, errorKey);
    } catch (err) {
      if (!isAppError(err) || err.code !== 'VALIDATION') throw err;
      const data = await getTwinningPage(deps, request.actor, request.params.slug);
      const summaryForm = { values: formValues(request.body), errors: err.fields };
      return reply
        .status(400)
        .html(
          <TwinningPage
            page={pageOf(request, reply, { withForm: true })}
            data={data}
            summaryForm={summaryForm}
          />,
        );
    }
    return back(reply, request.params.slug, 'summary');
  });

  await app.register(actionRoutes);
  await app.register(twinningDocumentsRoutes);
  await app.register(actionPlanRoutes);
}
