import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pageOf } from '../../web/page.ts';
import { fieldErrors } from '../../web/validation.ts';
import { decideApplication, listApplications } from './applications.service.ts';
import { formOf } from './courses.schema.ts';
import { loadEditableCourse } from './courses.service.ts';
import { parseOrThrow, validationFields } from './route-helpers.ts';
import { runNoticeFor } from './enrolment.routes.tsx';
import { decisionSchema, RUN_FIELDS, runSchema } from './runs.schema.ts';
import {
  cancelRun,
  createRun,
  getRunEditor,
  listCourseRuns,
  loadEditableRun,
  saveRun,
} from './runs.service.ts';
import { ApplicationsPage } from './views/ApplicationsPage.tsx';
import { runFormOf, type RunFormState } from './views/RunFields.tsx';
import { RunEditPage } from './views/RunEditPage.tsx';
import { RunListPage } from './views/RunListPage.tsx';

// Runs of a course for its editors (partner editors of its organisation, coordinators), and the
// decisions on applications. Access is checked before the form is read.

type IdParams = { Params: { id: string }; Querystring: { done?: string } };
type RunParams = { Params: { run: string }; Querystring: { done?: string } };

/** The submitted run form, as values to re-render and as input to validate. */
function submitted(body: unknown): { raw: Record<string, unknown>; form: RunFormState } {
  const raw = formOf(body, RUN_FIELDS, ['facilitator_ids']);
  const values: Record<string, string> = {};
  for (const f of RUN_FIELDS) values[f] = raw[f] as string;
  return { raw, form: { values, errors: {}, facilitatorIds: raw.facilitator_ids as string[] } };
}

export async function runsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  const renderList = async (
    request: FastifyRequest<IdParams>,
    reply: FastifyReply,
    form?: RunFormState,
  ) => {
    const data = await listCourseRuns(deps, request.actor, request.params.id);
    const blank = { values: { enrolment_mode: 'open' }, errors: {}, facilitatorIds: [] };
    return reply
      .status(form ? 400 : 200)
      .html(
        <RunListPage
          page={pageOf(request, reply, { withForm: true })}
          data={data}
          form={form ?? blank}
          noticeKey={form ? undefined : runNoticeFor(request.query.done)}
        />,
      );
  };

  app.get<IdParams>('/authoring/courses/:id/runs', (request, reply) => renderList(request, reply));

  app.post<IdParams>('/authoring/courses/:id/runs', async (request, reply) => {
    await loadEditableCourse(deps, request.actor, request.params.id, 'change');
    const { raw, form } = submitted(request.body);
    const parsed = runSchema(false).safeParse(raw);
    if (!parsed.success)
      return renderList(request, reply, { ...form, errors: fieldErrors(parsed.error) });
    try {
      const id = await createRun(deps, request.actor, request.params.id, parsed.data);
      return reply.redirect(`/authoring/runs/${id}?done=runCreated`, 303);
    } catch (err) {
      const fields = validationFields(err);
      if (fields) return renderList(request, reply, { ...form, errors: fields });
      throw err;
    }
  });

  const renderRun = async (
    request: FastifyRequest<RunParams>,
    reply: FastifyReply,
    form?: RunFormState,
  ) => {
    const editor = await getRunEditor(deps, request.actor, request.params.run, request.lang);
    const current = runFormOf(
      editor.run,
      editor.run.facilitators.map((f) => f.id),
    );
    return reply
      .status(form ? 400 : 200)
      .html(
        <RunEditPage
          page={pageOf(request, reply, { withForm: true })}
          editor={editor}
          form={form ?? current}
          noticeKey={form ? undefined : runNoticeFor(request.query.done)}
        />,
      );
  };

  app.get<RunParams>('/authoring/runs/:run', (request, reply) => renderRun(request, reply));

  app.post<RunParams>('/authoring/runs/:run', async (request, reply) => {
    const { run } = await loadEditableRun(deps, request.actor, request.params.run, 'change');
    const { raw, form } = submitted(request.body);
    const parsed = runSchema(run.isAlwaysOpen).safeParse(raw);
    if (!parsed.success)
      return renderRun(request, reply, { ...form, errors: fieldErrors(parsed.error) });
    try {
      await saveRun(deps, request.actor, request.params.run, parsed.data);
    } catch (err) {
      const fields = validationFields(err);
      if (fields) return renderRun(request, reply, { ...form, errors: fields });
      throw err;
    }
    return reply.redirect(`/authoring/runs/${run.id}?done=runSaved`, 303);
  });

  app.post<RunParams>('/authoring/runs/:run/cancel', async (request, reply) => {
    const run = await cancelRun(deps, request.actor, request.params.run);
    return reply.redirect(`/authoring/runs/${run.id}?done=runCancelled`, 303);
  });

  app.get<RunParams>('/authoring/runs/:run/applications', async (request, reply) => {
    const { run, applications } = await listApplications(deps, request.actor, request.params.run);
    return reply.html(
      <ApplicationsPage
        page={pageOf(request, reply)}
        run={run}
        applications={applications}
        noticeKey={runNoticeFor(request.query.done)}
      />,
    );
  });

  app.post<{ Params: { run: string; enrolment: string } }>(
    '/authoring/runs/:run/applications/:enrolment',
    async (request, reply) => {
      await loadEditableRun(deps, request.actor, request.params.run, 'change');
      const { decision } = parseOrThrow(decisionSchema, request.body);
      const { run, status } = await decideApplication(
        deps,
        request.actor,
        request.params.run,
        request.params.enrolment,
        decision,
      );
      const done = status === 'declined' ? 'applicationDeclined' : `applicationAccepted-${status}`;
      return reply.redirect(`/authoring/runs/${run.id}/applications?done=${done}`, 303);
    },
  );
}
