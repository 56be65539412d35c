import { createNewsPost } from '../factories/news.ts';
import { all, type ActorKind, type RouteRow, type SetupContext } from './types.ts';

// News: everyone reads what is published; coordinators (and admins) write, and see drafts.

export async function setup(ctx: SetupContext): Promise<void> {
  const published = await createNewsPost(ctx.deps, {
    translations: { en: { title: 'Route table news' } },
  });
  const draft = await createNewsPost(ctx.deps, {
    status: 'draft',
    translations: { en: { title: 'Route table news draft' } },
  });
  ctx.values[':nwpost'] = published.slug;
  ctx.values[':nwdraft'] = draft.slug;
}

const writers = (method: 'GET' | 'POST', status: number): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: 403,
  facilitator: 403,
  partner_editor: 403,
  coordinator: status,
  admin: status,
});

const form = {
  status: 'draft',
  published_on: '2013-09-28',
  original_language: 'en',
  title_en: 'Route table news draft',
};

export const routes: RouteRow[] = [
  { method: 'GET', route: '/news', url: '/news', expect: all(200) },
  { method: 'GET', route: '/news/new', url: '/news/new', expect: writers('GET', 200) },
  {
    method: 'POST',
    route: '/news',
    url: '/news',
    // One key for every submission: the second writer gets the first one's post.
    form: { ...form, key: 'route-table-news-key-0001' },
    expect: writers('POST', 303),
  },
  { method: 'GET', route: '/news/feed.atom', url: '/news/feed.atom', expect: all(200) },
  { method: 'GET', route: '/news/feed.rss', url: '/news/feed.rss?lang=fr', expect: all(200) },
  { method: 'GET', route: '/news/:slug', url: '/news/:nwpost', expect: all(200) },
  {
    method: 'GET',
    route: '/news/:slug',
    url: '/news/:nwdraft',
    expect: { ...all(404), coordinator: 200, admin: 200 },
  },
  { method: 'GET', route: '/news/:slug', url: '/news/no-such-news', expect: all(404) },
  {
    method: 'GET',
    route: '/news/:slug/edit',
    url: '/news/:nwdraft/edit',
    expect: writers('GET', 200),
  },
  {
    method: 'POST',
    route: '/news/:slug/edit',
    url: '/news/:nwdraft/edit',
    form,
    expect: writers('POST', 303),
  },
];
