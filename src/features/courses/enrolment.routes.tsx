import type { FastifyInstance } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { apply, getApplicationForm } from './applications.service.ts';
import { enrol, loadPublicRun, withdraw, type PlaceResult } from './enrolment.service.ts';
import { parseOrThrow, validationFields } from './route-helpers.ts';
import { applicationSchema, enrolSchema } from './runs.schema.ts';
import { ApplicationPage } from './views/ApplicationPage.tsx';
import { RunFullPage } from './views/RunFullPage.tsx';

// An official's own place in a run: enrol, join the waiting list, apply, withdraw. Each answers
// with a redirect to the course page and a one-time notice of where the official now stands.

type RunParams = { Params: { run: string } };

// One-time notices after a redirect: only these keys, never text from the address.
const NOTICES: Record<string, string> = {
  enrolled: 'runs.notices.enrolled',
  waitlisted: 'runs.notices.waitlisted',
  applied: 'runs.notices.applied',
  withdrawn: 'runs.notices.withdrawn',
  completed: 'runs.notices.completed',
  declined: 'runs.notices.declined',
  runCreated: 'runs.notices.runCreated',
  runSaved: 'runs.notices.runSaved',
  runCancelled: 'runs.notices.runCancelled',
  'applicationAccepted-enrolled': 'runs.notices.applicationAccepted',
  'applicationAccepted-waitlisted': 'runs.notices.applicationWaitlisted',
  applicationDeclined: 'runs.notices.applicationDeclined',
};

export function runNoticeFor(done: unknown): string | undefined {
  return typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;
}

const backToCourse = (r: PlaceResult) =>
  `/courses/${r.run.course.slug}?done=${r.status}#run-${r.run.id}`;

export async function enrolmentRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.post<RunParams>('/runs/:run/enrol', async (request, reply) => {
    const { waitlist_if_full } = parseOrThrow(enrolSchema, request.body);
    try {
      const result = await enrol(deps, request.actor, request.params.run, {
        waitlistIfFull: waitlist_if_full,
      });
      return reply.redirect(backToCourse(result), 303);
    } catch (err) {
      if (!isAppError(err) || err.messageKey !== 'runs.errors.full') throw err;
      // Full: say so, and offer the waiting list on the same page.
      const run = await loadPublicRun(deps, request.params.run);
      return reply
        .status(409)
        .html(
          <RunFullPage
            page={pageOf(request, reply, { withForm: true })}
            runId={run.id}
            slug={run.course.slug}
          />,
        );
    }
  });

  app.post<RunParams>('/runs/:run/waitlist', async (request, reply) => {
    const result = await enrol(deps, request.actor, request.params.run, { waitlistIfFull: true });
    return reply.redirect(backToCourse(result), 303);
  });

  app.post<RunParams>('/runs/:run/withdraw', async (request, reply) => {
    const result = await withdraw(deps, request.actor, request.params.run);
    return reply.redirect(backToCourse(result), 303);
  });

  app.get<RunParams>('/runs/:run/apply', async (request, reply) => {
    const data = await getApplicationForm(deps, request.actor, request.params.run);
    const form = {
      values: { organisation_id: data.organisationId === null ? '' : String(data.organisationId) },
      errors: {},
    };
    return reply.html(
      <ApplicationPage page={pageOf(request, reply, { withForm: true })} data={data} form={form} />,
    );
  });

  app.post<RunParams>('/runs/:run/apply', async (request, reply) => {
    const data = await getApplicationForm(deps, request.actor, request.params.run);
    const values = formValues(request.body);
    const again = (errors: Record<string, string>) =>
      reply
        .status(400)
        .html(
          <ApplicationPage
            page={pageOf(request, reply, { withForm: true })}
            data={data}
            form={{ values, errors }}
          />,
        );
    const parsed = applicationSchema.safeParse({
      motivation: values.motivation ?? '',
      organisation_id: values.organisation_id ?? '',
    });
    if (!parsed.success) return again(fieldErrors(parsed.error));
    try {
      const result = await apply(deps, request.actor, request.params.run, parsed.data);
      return reply.redirect(backToCourse(result), 303);
    } catch (err) {
      const fields = validationFields(err);
      if (fields) return again(fields);
      throw err;
    }
  });
}
