import { all, type RouteRow } from './types.ts';

// The library's search is open to everyone; unknown filter values are a 400 for everyone.
export const routes: RouteRow[] = [
  { method: 'GET', route: '/library', url: '/library', expect: all(200) },
  { method: 'GET', route: '/library', url: '/library?q=mobility&kind=toolkit', expect: all(200) },
  { method: 'GET', route: '/library', url: '/library?kind=poster', expect: all(400) },
];
