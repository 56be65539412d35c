import { upsertFeed } from '../../src/features/events/feeds.queries.ts';
import { hashToken } from '../../src/web/tokens.ts';
import { createEvent } from '../factories/events.ts';
import { createOfficial } from '../factories/officials.ts';
import { all, signedIn, type RouteRow, type SetupContext } from './types.ts';

// Calendars out: the .ics of a published event, a theme's feed and a personal feed (whoever holds
// its secret address, ":feedtoken" of an official outside the table) are open to all; the page
// of one's own feed address is for signed-in officials.

const FEED_TOKEN = 'route-table-feed-token-0123456789abcdef';

export async function setup({ deps, values, organisationId }: SetupContext) {
  values[':feedevent'] = (await createEvent(deps, { organisationId })).slug;
  values[':feedtoken'] = FEED_TOKEN;
  const owner = await createOfficial(deps);
  await upsertFeed(deps.db, owner.id, hashToken(FEED_TOKEN), new Date().toISOString());
}

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/events/:slug/event.ics',
    url: '/events/:feedevent/event.ics',
    expect: all(200),
  },
  {
    method: 'GET',
    route: '/themes/:slug/events.ics',
    url: '/themes/:theme/events.ics',
    expect: all(200),
  },
  {
    method: 'GET',
    route: '/calendar/feeds/:token.ics',
    url: '/calendar/feeds/:feedtoken.ics',
    expect: all(200),
  },
  { method: 'GET', route: '/account/calendar', url: '/account/calendar', expect: signedIn(200) },
  {
    method: 'POST',
    route: '/account/calendar',
    url: '/account/calendar',
    form: {},
    expect: { ...all(200), anonymous: 401 },
  },
];
