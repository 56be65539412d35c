import { all, type RouteRow } from './types.ts';

export const routes: RouteRow[] = [
  { method: 'GET', route: '/time-zone', url: '/time-zone?next=/events', expect: all(200) },
  {
    method: 'POST',
    route: '/time-zone',
    url: '/time-zone',
    form: { zone: 'Asia/Tokyo', next: '/events' },
    expect: all(303),
  },
];
