import type { ActorKind, RouteRow } from './types.ts';

// Administration is for admins only. Visitors are sent to sign in on pages; their form posts
// (with a valid visitor CSRF token) get 401, since there is no page to come back to.

function adminOnly(admin: number, anonymous: number): Record<ActorKind, number> {
  return {
    anonymous,
    learner: 403,
    facilitator: 403,
    partner_editor: 403,
    coordinator: 403,
    admin,
  };
}

export const routes: RouteRow[] = [
  { method: 'GET', route: '/admin/users', url: '/admin/users', expect: adminOnly(200, 303) },
  {
    method: 'GET',
    route: '/admin/users',
    url: '/admin/users?role=nonsense',
    expect: adminOnly(400, 303),
  },
  {
    method: 'GET',
    route: '/admin/users/:id',
    url: '/admin/users/:user',
    expect: adminOnly(200, 303),
  },
  {
    method: 'GET',
    route: '/admin/users/:id',
    url: '/admin/users/abc',
    expect: adminOnly(404, 303),
  },
  {
    method: 'POST',
    route: '/admin/users/:id/roles',
    url: '/admin/users/:user/roles',
    form: { role: 'facilitator' },
    expect: adminOnly(303, 401),
  },
  {
    method: 'POST',
    route: '/admin/users/:id/roles',
    url: '/admin/users/:user/roles',
    form: { role: 'partner_editor', organisationId: '' },
    expect: adminOnly(400, 401),
  },
  {
    method: 'POST',
    route: '/admin/users/:id/roles/remove',
    url: '/admin/users/:user/roles/remove',
    form: { role: 'facilitator' },
    expect: adminOnly(303, 401),
  },
  {
    method: 'POST',
    route: '/admin/users/:id/disable',
    url: '/admin/users/:user/disable',
    expect: adminOnly(303, 401),
  },
  {
    method: 'POST',
    route: '/admin/users/:id/enable',
    url: '/admin/users/:user/enable',
    expect: adminOnly(303, 401),
  },
  { method: 'GET', route: '/admin/outbox', url: '/admin/outbox', expect: adminOnly(200, 303) },
  // The table's database holds no e-mail: an admin gets 404, everyone else is refused first.
  {
    method: 'GET',
    route: '/admin/outbox/:id',
    url: '/admin/outbox/999999',
    expect: adminOnly(404, 303),
  },
];
