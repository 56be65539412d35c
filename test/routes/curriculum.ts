import { all, type RouteRow } from './types.ts';

// Themes and curricula are public pages.
export const routes: RouteRow[] = [
  { method: 'GET', route: '/themes', url: '/themes', expect: all(200) },
  { method: 'GET', route: '/themes/:slug', url: '/themes/:theme', expect: all(200) },
  { method: 'GET', route: '/themes/:slug', url: '/themes/no-such-theme', expect: all(404) },
  { method: 'GET', route: '/curricula/:slug', url: '/curricula/:curriculum', expect: all(200) },
  { method: 'GET', route: '/curricula/:slug', url: '/curricula/1999-2000', expect: all(404) },
];
