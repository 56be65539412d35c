import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues, idOf } from '../../web/validation.ts';
import { emptyForm, type FormState } from '../../web/views/forms.tsx';
import {
  getActionForm,
  getMilestoneForm,
  removeAction,
  saveAction,
  saveMilestone,
} from './action.service.ts';
import { actionSchema, milestoneSchema } from './twinning.schema.ts';
import { ActionFormPage } from './views/ActionFormPage.tsx';
import { MilestoneFormPage } from './views/MilestoneFormPage.tsx';

// The action plan's and the milestones' forms: add, edit (and delete an action).

type SlugParams = { Params: { slug: string } };
type ActionParams = { Params: { slug: string; action: string } };
type MilestoneParams = { Params: { slug: string; milestone: string } };

// An id that is not one names no row: 0 finds nothing, so the service answers 404.
const rowId = (text: string) => idOf(text) ?? 0;

export async function actionRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  async function renderAction(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    actionId: number | undefined,
    form: FormState | undefined,
    status = 200,
  ) {
    const data = await getActionForm(deps, request.actor, request.params.slug, actionId);
    return reply
      .status(status)
      .html(
        <ActionFormPage
          page={pageOf(request, reply, { withForm: true })}
          data={data}
          form={form}
        />,
      );
  }

  async function submitAction(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    actionId: number | undefined,
  ) {
    const parsed = actionSchema.safeParse(request.body);
    const values = formValues(request.body);
    if (!parsed.success)
      return renderAction(
        request,
        reply,
        actionId,
        { values, errors: fieldErrors(parsed.error) },
        400,
      );
    try {
      await saveAction(deps, request.actor, request.params.slug, actionId, parsed.data);
    } catch (err) {
      if (isAppError(err) && err.code === 'VALIDATION')
        return renderAction(request, reply, actionId, { values, errors: err.fields }, 400);
      throw err;
    }
    return reply.redirect(`/twinnings/${request.params.slug}?done=actionSaved#plan`, 303);
  }

  app.get<SlugParams>('/twinnings/:slug/actions/new', (request, reply) =>
    renderAction(request, reply, undefined, undefined),
  );
  app.post<SlugParams>('/twinnings/:slug/actions', (request, reply) =>
    submitAction(request, reply, undefined),
  );
  app.get<ActionParams>('/twinnings/:slug/actions/:action/edit', (request, reply) =>
    renderAction(request, reply, rowId(request.params.action), undefined),
  );
  app.post<ActionParams>('/twinnings/:slug/actions/:action', (request, reply) =>
    submitAction(request, reply, rowId(request.params.action)),
  );
  app.post<ActionParams>('/twinnings/:slug/actions/:action/delete', async (request, reply) => {
    await removeAction(deps, request.actor, request.params.slug, idOf(request.params.action));
    return reply.redirect(`/twinnings/${request.params.slug}?done=actionDeleted#plan`, 303);
  });

  async function renderMilestone(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    milestoneId: number | undefined,
    form: FormState | undefined,
    status = 200,
  ) {
    const data = await getMilestoneForm(deps, request.actor, request.params.slug, milestoneId);
    return reply
      .status(status)
      .html(
        <MilestoneFormPage
          page={pageOf(request, reply, { withForm: true })}
          data={data}
          form={form}
        />,
      );
  }

  async function submitMilestone(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    milestoneId: number | undefined,
  ) {
    const parsed = milestoneSchema.safeParse(request.body);
    if (!parsed.success) {
      const form = { values: formValues(request.body), errors: fieldErrors(parsed.error) };
      return renderMilestone(request, reply, milestoneId, form, 400);
    }
    await saveMilestone(deps, request.actor, request.params.slug, milestoneId, parsed.data);
    return reply.redirect(`/twinnings/${request.params.slug}?done=milestoneSaved#milestones`, 303);
  }

  app.get<SlugParams>('/twinnings/:slug/milestones/new', (request, reply) =>
    renderMilestone(request, reply, undefined, emptyForm),
  );
  app.post<SlugParams>('/twinnings/:slug/milestones', (request, reply) =>
    submitMilestone(request, reply, undefined),
  );
  app.get<MilestoneParams>('/twinnings/:slug/milestones/:milestone/edit', (request, reply) =>
    renderMilestone(request, reply, rowId(request.params.milestone), undefined),
  );
  app.post<MilestoneParams>('/twinnings/:slug/milestones/:milestone', (request, reply) =>
    submitMilestone(request, reply, rowId(request.params.milestone)),
  );
}
