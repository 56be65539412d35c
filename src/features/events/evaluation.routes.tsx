import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { evaluationSchema } from './evaluation.schema.ts';
import {
  evaluationOf,
  eventEvaluationSummary,
  submitEvaluation,
  type Evaluated,
} from './evaluation.service.ts';
import { EvaluationPage } from './views/EvaluationPage.tsx';
import { EvaluationSummaryPage } from './views/EvaluationSummaryPage.tsx';

const NOTICES: Record<string, string> = {
  saved: 'evaluations.notices.saved',
  already: 'evaluations.notices.already',
};

function idOf(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new AppError('NOT_FOUND');
  return Number(value);
}

type Params = { Params: Record<string, string>; Querystring: { done?: string } };

/** Evaluations: the participant's form after an event or a run, and the organisers' summary. */
export async function evaluationRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  async function show(request: FastifyRequest<Params>, reply: FastifyReply, which: Evaluated) {
    const target = await evaluationOf(deps, request.actor, which, request.lang);
    const done = request.query.done;
    return reply
      .header('cache-control', 'no-store')
      .html(
        <EvaluationPage
          page={pageOf(request, reply, { withForm: true })}
          target={target}
          form={{ values: {}, errors: {} }}
          notice={done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined}
        />,
      );
  }

  async function submit(request: FastifyRequest<Params>, reply: FastifyReply, which: Evaluated) {
    const parsed = evaluationSchema.safeParse(request.body);
    if (!parsed.success) {
      const target = await evaluationOf(deps, request.actor, which, request.lang);
      return reply
        .status(400)
        .html(
          <EvaluationPage
            page={pageOf(request, reply, { withForm: true })}
            target={target}
            form={{ values: formValues(request.body), errors: fieldErrors(parsed.error) }}
          />,
        );
    }
    const outcome = await submitEvaluation(deps, request.actor, which, parsed.data);
    const path =
      'slug' in which ? `/events/${which.slug}/evaluation` : `/learn/${which.runId}/evaluation`;
    return reply.redirect(`${path}?done=${outcome}`, 303);
  }

  app.get<Params>('/events/:slug/evaluation', (request, reply) =>
    show(request, reply, { slug: request.params.slug! }),
  );
  app.post<Params>('/events/:slug/evaluation', (request, reply) =>
    submit(request, reply, { slug: request.params.slug! }),
  );
  app.get<Params>('/learn/:run/evaluation', (request, reply) =>
    show(request, reply, { runId: idOf(request.params.run!) }),
  );
  app.post<Params>('/learn/:run/evaluation', (request, reply) =>
    submit(request, reply, { runId: idOf(request.params.run!) }),
  );

  app.get<Params>('/authoring/events/:id/evaluations', async (request, reply) => {
    const { title, slug, summary } = await eventEvaluationSummary(
      deps,
      request.actor,
      idOf(request.params.id!),
      request.lang,
    );
    return reply
      .header('cache-control', 'no-store')
      .html(
        <EvaluationSummaryPage
          page={pageOf(request, reply)}
          title={title}
          slug={slug}
          summary={summary}
        />,
      );
  });
}
