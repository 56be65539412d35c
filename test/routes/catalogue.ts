import { all, type RouteRow } from './types.ts';

// The public catalogue is open to everyone; a published course's page is tested in
// src/features/courses/catalogue.test.ts (here an unknown slug, which must be a 404 for all).
export const routes: RouteRow[] = [
  { method: 'GET', route: '/courses', url: '/courses', expect: all(200) },
  { method: 'GET', route: '/courses/:slug', url: '/courses/no-such-course', expect: all(404) },
];
