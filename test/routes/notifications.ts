import { notify } from '../../src/features/notifications/notify.ts';
import { signUnsubscribe } from '../../src/features/notifications/unsubscribe-token.ts';
import type { ActorKind, RouteRow, SetupContext } from './types.ts';
import { all, signedIn } from './types.ts';

// Notifications are each official's own: the table's learner has one, everyone else gets 404 for
// it. The unsubscribe link works for anyone who holds it, signed in or not.

function learnersOwn(learner: number, anonymous: number): Record<ActorKind, number> {
  return {
    anonymous,
    learner,
    facilitator: 404,
    partner_editor: 404,
    coordinator: 404,
    admin: 404,
  };
}

const allChoices = {
  reply: 'digest',
  mention: 'immediate',
  answer: 'immediate',
  moderation: 'immediate',
  enrolment: 'immediate',
  registration: 'immediate',
  promotion: 'immediate',
  grade: 'immediate',
  check_in: 'immediate',
  support: 'immediate',
  invitation: 'immediate',
};

export async function setup({ deps, values, officials }: SetupContext) {
  await notify(deps.db, deps.config, {
    kind: 'mention',
    message: 'notifications.list.title',
    link: '/learning',
    recipients: [officials.learner.id],
    source: 'route-table',
  });
  const row = await deps.db
    .selectFrom('notifications')
    .select('id')
    .where('user_id', '=', officials.learner.id)
    .where('source', '=', 'route-table')
    .executeTakeFirstOrThrow();
  values[':notificationsid'] = String(row.id);
  values[':notificationstoken'] = await signUnsubscribe(deps.db, officials.learner.id, 'grade');
}

export const routes: RouteRow[] = [
  { method: 'GET', route: '/notifications', url: '/notifications', expect: signedIn(200) },
  {
    method: 'GET',
    route: '/notifications/:id/open',
    url: '/notifications/:notificationsid/open',
    expect: learnersOwn(303, 303),
  },
  {
    method: 'POST',
    route: '/notifications/:id/read',
    url: '/notifications/:notificationsid/read',
    expect: learnersOwn(303, 401),
  },
  {
    method: 'POST',
    route: '/notifications/read-all',
    url: '/notifications/read-all',
    expect: { ...signedIn(303), anonymous: 401 },
  },
  {
    method: 'GET',
    route: '/account/notifications',
    url: '/account/notifications',
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/account/notifications',
    url: '/account/notifications',
    form: allChoices,
    expect: { ...signedIn(303), anonymous: 401 },
  },
  {
    method: 'GET',
    route: '/notifications/unsubscribe',
    url: '/notifications/unsubscribe?token=:notificationstoken',
    expect: all(200),
  },
  {
    method: 'POST',
    route: '/notifications/unsubscribe',
    url: '/notifications/unsubscribe?token=:notificationstoken',
    expect: all(303),
  },
];
