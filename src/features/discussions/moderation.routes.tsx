import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../accounts/actor.ts';
import { AppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues, idOf } from '../../web/validation.ts';
import { actOnPost, dismissReport } from './moderation-actions.service.ts';
import type { PostAction } from './moderation.policy.ts';
import {
  actionSchema,
  pageNumber,
  reportSchema,
  suspensionSchema,
  suspensionTargetSchema,
  type SuspensionTarget,
} from './moderation.schema.ts';
import { getLog, getQueue } from './moderation.service.ts';
import { getPostHistory } from './post-history.service.ts';
import { getReportForm, reportPost } from './reports.service.ts';
import { getSuspensionForm, liftSuspension, suspend } from './suspensions.service.ts';
import { ModerationLogPage } from './views/ModerationLogPage.tsx';
import { ModerationPage } from './views/ModerationPage.tsx';
import { PostHistoryPage } from './views/PostHistoryPage.tsx';
import { ReportPage } from './views/ReportPage.tsx';
import { SuspensionPage } from './views/SuspensionPage.tsx';

// Moderation: reports, the queue, hide and restore, held posts, suspensions, the log, histories.

const NOTICES: Record<string, string> = {
  reported: 'moderation.notices.reported',
  hide: 'moderation.notices.hidden',
  restore: 'moderation.notices.restored',
  approve: 'moderation.notices.approved',
  reject: 'moderation.notices.rejected',
  dismissed: 'moderation.notices.dismissed',
  suspended: 'moderation.notices.suspended',
  lifted: 'moderation.notices.lifted',
};

/** The translation key `done` names, or undefined (never text from the address). */
const noticeOf = (done: unknown): string | undefined =>
  typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;

type IdParams = { Params: { id: string } };
type Done = { Querystring: { done?: string } };

/** The id in the URL; anything else names nothing (404). */
function idParam(request: FastifyRequest<IdParams>): number {
  const id = idOf(request.params.id);
  if (id === undefined) throw new AppError('NOT_FOUND');
  return id;
}

function targetOf(query: unknown) {
  const parsed = suspensionTargetSchema.safeParse(query ?? {});
  if (!parsed.success) throw new AppError('VALIDATION', 'moderation.errors.badTarget');
  return parsed.data;
}

/** The suspension form's address, rebuilt from the parsed target (never echoed from the URL). */
function suspensionAction(target: SuspensionTarget): string {
  const where =
    target.kind && target.subject ? `&kind=${target.kind}&subject=${target.subject}` : '';
  return `/moderation/suspensions/new?user=${target.user}${where}`;
}

export async function moderationRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<IdParams & Done>('/posts/:id/report', async (request, reply) => {
    const data = await getReportForm(deps, request.actor, idParam(request));
    return reply
      .header('cache-control', 'no-store')
      .html(
        <ReportPage
          page={pageOf(request, reply, { withForm: true })}
          data={data}
          form={{ values: {}, errors: {} }}
          noticeKey={noticeOf(request.query.done)}
        />,
      );
  });

  app.post<IdParams>('/posts/:id/report', async (request, reply) => {
    const postId = idParam(request);
    const values = formValues(request.body);
    const parsed = reportSchema.safeParse(values);
    if (!parsed.success) {
      const data = await getReportForm(deps, request.actor, postId);
      return reply
        .status(400)
        .html(
          <ReportPage
            page={pageOf(request, reply, { withForm: true })}
            data={data}
            form={{ values, errors: fieldErrors(parsed.error) }}
          />,
        );
    }
    await reportPost(deps, request.actor, postId, parsed.data);
    return reply.redirect(`/posts/${postId}/report?done=reported`, 303);
  });

  app.get<Done>('/moderation', async (request, reply) => {
    const queue = await getQueue(deps, request.actor);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <ModerationPage
          page={pageOf(request, reply, { withForm: true })}
          queue={queue}
          noticeKey={noticeOf(request.query.done)}
        />,
      );
  });

  const postAction = (action: PostAction) =>
    async function (request: FastifyRequest<IdParams>, reply: FastifyReply) {
      const postId = idParam(request);
      requireActor(request.actor);
      const parsed = actionSchema.safeParse(formValues(request.body));
      if (!parsed.success) throw new AppError('VALIDATION', 'moderation.errors.reasonTooLong');
      const { threadId } = await actOnPost(deps, request.actor, postId, action, parsed.data.reason);
      // A button on the thread page sends back=thread to return there.
      const back = (request.body as { back?: unknown } | undefined)?.back === 'thread';
      return reply.redirect(
        back ? `/threads/${threadId}#post-${postId}` : `/moderation?done=${action}`,
        303,
      );
    };
  for (const action of ['hide', 'restore', 'approve', 'reject'] as const)
    app.post<IdParams>(`/moderation/posts/:id/${action}`, postAction(action));

  app.post<IdParams>('/moderation/reports/:id/dismiss', async (request, reply) => {
    await dismissReport(deps, request.actor, idParam(request));
    return reply.redirect('/moderation?done=dismissed', 303);
  });

  app.get('/moderation/suspensions/new', async (request, reply) => {
    requireActor(request.actor);
    const target = targetOf(request.query);
    const data = await getSuspensionForm(deps, request.actor, target);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <SuspensionPage
          page={pageOf(request, reply, { withForm: true })}
          data={data}
          action={suspensionAction(target)}
          form={{ values: { scope: data.subject ? 'subject' : 'everywhere' }, errors: {} }}
        />,
      );
  });

  app.post('/moderation/suspensions/new', async (request, reply) => {
    requireActor(request.actor);
    const target = targetOf(request.query);
    const values = formValues(request.body);
    const parsed = suspensionSchema.safeParse(values);
    if (!parsed.success) {
      const data = await getSuspensionForm(deps, request.actor, target);
      return reply
        .status(400)
        .html(
          <SuspensionPage
            page={pageOf(request, reply, { withForm: true })}
            data={data}
            action={suspensionAction(target)}
            form={{ values, errors: fieldErrors(parsed.error) }}
          />,
        );
    }
    await suspend(deps, request.actor, target, parsed.data);
    return reply.redirect('/moderation?done=suspended', 303);
  });

  app.post<IdParams>('/moderation/suspensions/:id/lift', async (request, reply) => {
    await liftSuspension(deps, request.actor, idParam(request));
    return reply.redirect('/moderation?done=lifted', 303);
  });

  app.get<{ Querystring: { page?: string } }>('/moderation/log', async (request, reply) => {
    const number = pageNumber(request.query.page);
    const { entries, hasNext } = await getLog(deps, request.actor, number);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <ModerationLogPage
          page={pageOf(request, reply)}
          entries={entries}
          pageNumber={number}
          hasNext={hasNext}
        />,
      );
  });

  app.get<IdParams>('/posts/:id/history', async (request, reply) => {
    const history = await getPostHistory(deps, request.actor, idParam(request));
    return reply
      .header('cache-control', 'no-store')
      .html(<PostHistoryPage page={pageOf(request, reply)} {...history} />);
  });
}
