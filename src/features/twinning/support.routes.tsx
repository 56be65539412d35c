import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { formValues } from '../../web/validation.ts';
import { followUpErrors } from './follow-up-form.ts';
import { emptyForm, type FormState } from '../../web/views/forms.tsx';
import { askForSupport } from './support-ask.service.ts';
import { answerSupport, requireSupportWriter, respondAsCity } from './support-answer.service.ts';
import { answerSupportSchema, askSupportSchema, citySupportSchema } from './support.schema.ts';
import {
  listSupportRequests,
  supportAskForm,
  supportRequestView,
  type SupportRequestView,
} from './support.service.ts';
import { SupportListPage } from './views/SupportListPage.tsx';
import { SupportNewPage } from './views/SupportNewPage.tsx';
import { SupportRequestPage } from './views/SupportRequestPage.tsx';

const NOTICES: Record<string, string> = {
  asked: 'follow-up.notices.supportAsked',
  already: 'follow-up.notices.supportAlready',
  answered: 'follow-up.notices.supportAnswered',
  replied: 'follow-up.notices.supportReplied',
};

function idOf(value: string | undefined): number {
  if (!value || !/^[1-9]\d{0,8}$/.test(value))
    throw new AppError('NOT_FOUND', 'follow-up.errors.supportNotFound');
  return Number(value);
}

type Req = FastifyRequest<{
  Params: { slug: string; id: string };
  Querystring: { done?: string };
}>;

/** Support requests of a twinning project: list, asking, one request, answers and replies. */
export async function supportRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  async function renderNew(req: Req, reply: FastifyReply, form: FormState, status = 200) {
    const data = await supportAskForm(deps, req.actor, req.params.slug);
    return reply
      .status(status)
      .header('cache-control', 'no-store')
      .html(<SupportNewPage page={pageOf(req, reply, { withForm: true })} {...data} form={form} />);
  }

  async function renderRequest(
    req: Req,
    reply: FastifyReply,
    forms: { answer?: FormState; city?: FormState; view?: SupportRequestView } = {},
    status = 200,
  ) {
    const view =
      forms.view ??
      (await supportRequestView(deps, req.actor, req.params.slug, idOf(req.params.id)));
    const done = req.query.done;
    return reply
      .status(status)
      .header('cache-control', 'no-store')
      .html(
        <SupportRequestPage
          page={pageOf(req, reply, { withForm: true })}
          view={view}
          answerForm={forms.answer ?? emptyForm}
          cityForm={forms.city ?? emptyForm}
          notice={done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined}
        />,
      );
  }

  const requestPath = (req: Req) => `/twinnings/${req.params.slug}/support/${req.params.id}`;

  app.get('/twinnings/:slug/support', async (req: Req, reply) => {
    const data = await listSupportRequests(deps, req.actor, req.params.slug);
    return reply
      .header('cache-control', 'no-store')
      .html(<SupportListPage page={pageOf(req, reply)} {...data} />);
  });

  app.get('/twinnings/:slug/support/new', (req: Req, reply) => renderNew(req, reply, emptyForm));

  app.post('/twinnings/:slug/support/new', async (req: Req, reply) => {
    const parsed = askSupportSchema.safeParse(req.body);
    const values = formValues(req.body);
    if (!parsed.success)
      return renderNew(req, reply, { values, errors: followUpErrors(parsed.error) }, 400);
    try {
      const { id, duplicate } = await askForSupport(deps, req.actor, req.params.slug, parsed.data);
      const done = duplicate ? 'already' : 'asked';
      return reply.redirect(`/twinnings/${req.params.slug}/support/${id}?done=${done}`, 303);
    } catch (err) {
      if (isAppError(err) && err.code === 'VALIDATION')
        return renderNew(req, reply, { values, errors: err.fields }, 400);
      throw err;
    }
  });

  app.get('/twinnings/:slug/support/:id', (req: Req, reply) => renderRequest(req, reply));

  app.post('/twinnings/:slug/support/:id/answer', async (req: Req, reply) => {
    const id = idOf(req.params.id);
    const parsed = answerSupportSchema.safeParse(req.body);
    if (!parsed.success) {
      // Access first: someone who may not answer learns that, not what the form lacked.
      const view = await requireSupportWriter(deps, req.actor, req.params.slug, id, 'answer');
      const answer = { values: formValues(req.body), errors: followUpErrors(parsed.error) };
      return renderRequest(req, reply, { answer, view }, 400);
    }
    await answerSupport(deps, req.actor, req.params.slug, id, parsed.data);
    return reply.redirect(`${requestPath(req)}?done=answered`, 303);
  });

  app.post('/twinnings/:slug/support/:id/reply', async (req: Req, reply) => {
    const id = idOf(req.params.id);
    const parsed = citySupportSchema.safeParse(req.body);
    if (!parsed.success) {
      const view = await requireSupportWriter(deps, req.actor, req.params.slug, id, 'city');
      const city = { values: formValues(req.body), errors: followUpErrors(parsed.error) };
      return renderRequest(req, reply, { city, view }, 400);
    }
    await respondAsCity(deps, req.actor, req.params.slug, id, parsed.data);
    return reply.redirect(`${requestPath(req)}?done=replied`, 303);
  });
}
