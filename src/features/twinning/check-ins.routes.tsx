import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { formValues } from '../../web/validation.ts';
import { followUpErrors } from './follow-up-form.ts';
import type { FormState } from '../../web/views/forms.tsx';
import { checkInSchema, toCheckInInput } from './check-in.schema.ts';
import { submitCheckIn } from './check-in-submit.service.ts';
import { checkInForm, checkInPage, listCheckIns, type CheckInForm } from './check-ins.service.ts';
import { CheckInPage } from './views/CheckInPage.tsx';
import { CheckInsPage } from './views/CheckInsPage.tsx';

const NOTICES: Record<string, string> = {
  submitted: 'follow-up.notices.checkInSubmitted',
  already: 'follow-up.notices.checkInAlready',
};

function noticeOf(done: string | undefined): string | undefined {
  return done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;
}

function idOf(value: string | undefined): number {
  if (!value || !/^[1-9]\d{0,8}$/.test(value))
    throw new AppError('NOT_FOUND', 'follow-up.errors.checkInNotFound');
  return Number(value);
}

type Req = FastifyRequest<{
  Params: { slug: string; id: string };
  Querystring: { done?: string };
}>;

/** Check-ins of a twinning project: the list, and one check-in's report or form. */
export async function checkInsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  function render(req: Req, reply: FastifyReply, data: CheckInForm, form: FormState, status = 200) {
    return reply
      .status(status)
      .header('cache-control', 'no-store')
      .html(
        <CheckInPage
          page={pageOf(req, reply, { withForm: true })}
          data={data}
          form={form}
          notice={noticeOf(req.query.done)}
        />,
      );
  }

  app.get('/twinnings/:slug/check-ins', async (req: Req, reply) => {
    const data = await listCheckIns(deps, req.actor, req.params.slug);
    return reply
      .header('cache-control', 'no-store')
      .html(<CheckInsPage page={pageOf(req, reply)} {...data} notice={noticeOf(req.query.done)} />);
  });

  app.get('/twinnings/:slug/check-ins/:id', async (req: Req, reply) => {
    const data = await checkInPage(deps, req.actor, req.params.slug, idOf(req.params.id));
    return render(req, reply, data, { values: {}, errors: {} });
  });

  app.post('/twinnings/:slug/check-ins/:id', async (req: Req, reply) => {
    const { slug } = req.params;
    const id = idOf(req.params.id);
    const data = await checkInForm(deps, req.actor, slug, id);
    const back = `/twinnings/${data.project.slug}/check-ins/${id}`;
    if (data.checkIn.submittedAt !== null) return reply.redirect(`${back}?done=already`, 303);
    const actionIds = data.actions.map((a) => a.id);
    const parsed = checkInSchema(actionIds).safeParse(req.body);
    const values = formValues(req.body);
    if (!parsed.success)
      return render(req, reply, data, { values, errors: followUpErrors(parsed.error) }, 400);
    try {
      const outcome = await submitCheckIn(
        deps,
        req.actor,
        slug,
        id,
        toCheckInInput(parsed.data, actionIds),
      );
      return reply.redirect(`${back}?done=${outcome}`, 303);
    } catch (err) {
      if (isAppError(err) && err.code === 'VALIDATION')
        return render(req, reply, data, { values, errors: err.fields }, 400);
      throw err;
    }
  });
}
