import type { FastifyInstance } from 'fastify';
import { AppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { noticeFor } from '../accounts/route-helpers.tsx';
import {
  listNotifications,
  markAllRead,
  markNotificationRead,
  openNotification,
} from './notifications.service.ts';
import { idParam, pageParam } from './notifications.schema.ts';
import { preferencesRoutes } from './preferences.routes.tsx';
import { NotificationsPage } from './views/NotificationsPage.tsx';

// Notifications: the list, read marks, e-mail choices, unsubscribe (helper N).

const NOTICES = { read: 'notifications.notices.read', allRead: 'notifications.notices.allRead' };

type IdParams = { Params: { id: string } };

function idOf(value: string): number {
  const id = idParam(value);
  if (id === undefined) throw new AppError('NOT_FOUND', 'notifications.errors.notFound');
  return id;
}

export async function notificationsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;
  await app.register(preferencesRoutes);

  app.get<{ Querystring: { page?: string; done?: string } }>(
    '/notifications',
    async (request, reply) => {
      const list = await listNotifications(deps, request.actor, pageParam(request.query.page));
      return reply
        .header('cache-control', 'no-store')
        .html(
          <NotificationsPage
            page={pageOf(request, reply)}
            list={list}
            notice={noticeFor(request.query.done, NOTICES)}
          />,
        );
    },
  );

  app.get<IdParams>('/notifications/:id/open', async (request, reply) => {
    const link = await openNotification(deps, request.actor, idOf(request.params.id));
    return reply.redirect(link, 303);
  });

  app.post<IdParams>('/notifications/:id/read', async (request, reply) => {
    await markNotificationRead(deps, request.actor, idOf(request.params.id));
    return reply.redirect('/notifications?done=read', 303);
  });

  app.post('/notifications/read-all', async (request, reply) => {
    await markAllRead(deps, request.actor);
    return reply.redirect('/notifications?done=allRead', 303);
  });
}
