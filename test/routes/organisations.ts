import { all, type ActorKind, type RouteRow } from './types.ts';

// Coordinators and admins keep the directory; everyone may read it.
const editors = (ok: number, anonymous: number): Record<ActorKind, number> => ({
  anonymous,
  learner: 403,
  facilitator: 403,
  partner_editor: 403,
  coordinator: ok,
  admin: ok,
});

export const routes: RouteRow[] = [
  { method: 'GET', route: '/organisations', url: '/organisations', expect: all(200) },
  {
    method: 'GET',
    route: '/organisations',
    url: '/organisations?kind=local_authority&country=BF&world_region=AF&partners=1&q=table',
    expect: all(200),
  },
  { method: 'GET', route: '/organisations', url: '/organisations?kind=castle', expect: all(400) },
  {
    method: 'GET',
    route: '/organisations/new',
    url: '/organisations/new',
    expect: editors(200, 303),
  },
  {
    method: 'POST',
    route: '/organisations',
    url: '/organisations',
    form: { kind: 'ngo', name: 'Route Table NGO', country: 'FR' },
    expect: editors(303, 401),
  },
  { method: 'GET', route: '/organisations/:slug', url: '/organisations/:org', expect: all(200) },
  { method: 'GET', route: '/organisations/:slug', url: '/organisations/:city', expect: all(200) },
  {
    method: 'GET',
    route: '/organisations/:slug',
    url: '/organisations/no-such-organisation',
    expect: all(404),
  },
  {
    method: 'GET',
    route: '/organisations/:slug/edit',
    url: '/organisations/:city/edit',
    expect: editors(200, 303),
  },
  {
    method: 'POST',
    route: '/organisations/:slug/edit',
    url: '/organisations/:city/edit',
    form: { kind: 'local_authority', name: 'Table City', country: 'BF' },
    expect: editors(303, 401),
  },
];
