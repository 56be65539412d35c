import { stylesheetHref } from '../../src/web/assets.ts';
import { all, type RouteRow } from './types.ts';

export const routes: RouteRow[] = [
  { method: 'GET', route: '/', url: '/', expect: all(200) },
  { method: 'GET', route: '/about', url: '/about', expect: all(200) },
  { method: 'GET', route: '/language/:lang', url: '/language/fr?next=/', expect: all(303) },
  { method: 'GET', route: '/healthz', url: '/healthz', expect: all(200) },
  { method: 'GET', route: stylesheetHref, url: stylesheetHref, expect: all(200) },
];
