import { all, signedIn, type ActorKind, type RouteRow } from './types.ts';

// Sign-in and sign-up are for visitors (signed-in officials are sent on, 303); the account pages
// are each official's own (visitors are sent to sign in on GET, and get 401 on POST).
const visitorsOnly = (status: number): Record<ActorKind, number> => ({
  ...all(303),
  anonymous: status,
});
const ownAccount = (status: number): Record<ActorKind, number> => ({
  ...all(status),
  anonymous: 401,
});

export const routes: RouteRow[] = [
  { method: 'GET', route: '/sign-up', url: '/sign-up', expect: visitorsOnly(200) },
  { method: 'POST', route: '/sign-up', url: '/sign-up', expect: visitorsOnly(400) },
  { method: 'GET', route: '/sign-in', url: '/sign-in?next=/about', expect: visitorsOnly(200) },
  { method: 'POST', route: '/sign-in', url: '/sign-in', expect: all(400) },
  { method: 'POST', route: '/sign-out', url: '/sign-out', fresh: true, expect: all(303) },
  { method: 'GET', route: '/forgot-password', url: '/forgot-password', expect: all(200) },
  { method: 'POST', route: '/forgot-password', url: '/forgot-password', expect: all(400) },
  {
    method: 'GET',
    route: '/reset-password/:token',
    url: '/reset-password/not-a-valid-token',
    expect: all(404),
  },
  {
    method: 'POST',
    route: '/reset-password/:token',
    url: '/reset-password/not-a-valid-token',
    expect: all(404),
  },
  { method: 'GET', route: '/account', url: '/account', expect: signedIn(200) },
  { method: 'POST', route: '/account', url: '/account', expect: ownAccount(400) },
  { method: 'GET', route: '/account/password', url: '/account/password', expect: signedIn(200) },
  {
    method: 'POST',
    route: '/account/password',
    url: '/account/password',
    expect: ownAccount(400),
  },
  { method: 'GET', route: '/account/sessions', url: '/account/sessions', expect: signedIn(200) },
  {
    method: 'POST',
    route: '/account/sessions/:id/revoke',
    url: '/account/sessions/99999999/revoke',
    expect: ownAccount(404),
  },
];
