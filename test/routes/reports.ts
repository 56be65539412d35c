import { all, type RouteRow } from './types.ts';

// The yearly report: its counts are public, so every visitor gets the pages (coordinators see
// more on them); a year that is not a year is refused alike for all.

export const routes: RouteRow[] = [
  { method: 'GET', route: '/reports/events', url: '/reports/events', expect: all(200) },
  { method: 'GET', route: '/reports/events/:year', url: '/reports/events/2013', expect: all(200) },
  {
    method: 'GET',
    route: '/reports/events/:year.csv',
    url: '/reports/events/2013.csv',
    expect: all(200),
  },
  { method: 'GET', route: '/reports/events/:year', url: '/reports/events/99999', expect: all(400) },
];
