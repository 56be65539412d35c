import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { emptyForm, type FormState } from '../../web/views/forms.tsx';
import {
  addRoleForm,
  idParam,
  outboxQuery,
  removeRoleForm,
  userListQuery,
} from './admin.schema.ts';
import { getEmail, listOutbox } from './outbox.service.ts';
import { addRole, removeRole } from './roles.service.ts';
import { disableUser, enableUser } from './status.service.ts';
import { getUserDetail, listUsers, requireUserManager } from './users.service.ts';
import { EmailPage } from './views/EmailPage.tsx';
import { OutboxPage } from './views/OutboxPage.tsx';
import { UserPage } from './views/UserPage.tsx';
import { UsersPage } from './views/UsersPage.tsx';

type IdRequest = FastifyRequest<{ Params: { id: string }; Querystring: { done?: string } }>;

// The one-time notices a redirect may ask for (never text from the URL itself).
const NOTICES: Record<string, string> = {
  roleAdded: 'admin.notices.roleAdded',
  roleChanged: 'admin.notices.roleChanged',
  roleRemoved: 'admin.notices.roleRemoved',
  disabled: 'admin.notices.disabled',
  enabled: 'admin.notices.enabled',
  unchanged: 'admin.notices.unchanged',
};

/** The id in the URL, or null when it cannot name anything (the service answers NOT_FOUND). */
function idOf(request: IdRequest): number | null {
  const parsed = idParam.safeParse(request.params.id);
  return parsed.success ? parsed.data : null;
}

function firstError(error: { issues: Array<{ message: string }> }): string {
  const message = error.issues[0]?.message ?? '';
  return message.includes('.') ? message : 'errors.validation';
}

export async function adminRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  // Everything here is for admins, refused before any input is read; each service checks again.
  app.addHook('preHandler', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    requireUserManager(request.actor);
  });

  async function renderUser(
    request: IdRequest,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ) {
    const detail = await getUserDetail(deps, request.actor, idOf(request));
    const notice = status === 200 ? NOTICES[request.query.done ?? ''] : undefined;
    return reply
      .status(status)
      .html(
        <UserPage
          page={pageOf(request, reply, { withForm: true })}
          detail={detail}
          form={form}
          notice={notice}
        />,
      );
  }

  function backToUser(reply: FastifyReply, id: number | null, done: string) {
    return reply.redirect(`/admin/users/${id}?done=${done}`, 303);
  }

  app.get('/admin/users', async (request, reply) => {
    const parsed = userListQuery.safeParse(request.query);
    if (!parsed.success) throw new AppError('VALIDATION', firstError(parsed.error));
    const result = await listUsers(deps, request.actor, parsed.data);
    return reply.html(
      <UsersPage page={pageOf(request, reply)} query={parsed.data} result={result} />,
    );
  });

  app.get('/admin/users/:id', async (request: IdRequest, reply) =>
    renderUser(request, reply, emptyForm),
  );

  app.post('/admin/users/:id/roles', async (request: IdRequest, reply) => {
    const values = formValues(request.body);
    const parsed = addRoleForm.safeParse(request.body);
    if (!parsed.success)
      return renderUser(request, reply, { values, errors: fieldErrors(parsed.error) }, 400);
    try {
      const change = await addRole(deps, request.actor, idOf(request), parsed.data);
      return backToUser(reply, idOf(request), change);
    } catch (err) {
      if (isAppError(err) && err.code === 'VALIDATION' && Object.keys(err.fields).length > 0)
        return renderUser(request, reply, { values, errors: err.fields }, 400);
      throw err;
    }
  });

  app.post('/admin/users/:id/roles/remove', async (request: IdRequest, reply) => {
    const parsed = removeRoleForm.safeParse(request.body);
    if (!parsed.success) throw new AppError('VALIDATION', firstError(parsed.error));
    const change = await removeRole(deps, request.actor, idOf(request), parsed.data.role);
    return backToUser(reply, idOf(request), change);
  });

  app.post('/admin/users/:id/disable', async (request: IdRequest, reply) =>
    backToUser(reply, idOf(request), await disableUser(deps, request.actor, idOf(request))),
  );

  app.post('/admin/users/:id/enable', async (request: IdRequest, reply) =>
    backToUser(reply, idOf(request), await enableUser(deps, request.actor, idOf(request))),
  );

  app.get('/admin/outbox', async (request, reply) => {
    const parsed = outboxQuery.safeParse(request.query);
    if (!parsed.success) throw new AppError('VALIDATION', firstError(parsed.error));
    const result = await listOutbox(deps, request.actor, parsed.data);
    return reply.html(
      <OutboxPage page={pageOf(request, reply)} query={parsed.data} result={result} />,
    );
  });

  app.get('/admin/outbox/:id', async (request: IdRequest, reply) => {
    const email = await getEmail(deps, request.actor, idOf(request));
    return reply.html(<EmailPage page={pageOf(request, reply)} email={email} />);
  });
}
