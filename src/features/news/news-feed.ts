import { Feed } from 'feed';
import { renderMarkdown } from '../../web/markdown.ts';
import type { T } from '../../web/i18n.ts';
import type { NewsItem } from './news.service.ts';

// The news as an Atom or RSS document (the `feed` package writes and escapes the XML); every
// link is absolute, made from the configured BASE_URL.

export const FEED_SIZE = 20;

export const FEED_TYPES = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
} as const;
export type FeedFormat = keyof typeof FEED_TYPES;

export function newsFeed(
  format: FeedFormat,
  items: NewsItem[],
  options: { baseUrl: string; lang: string; t: T },
): string {
  const { baseUrl, lang, t } = options;
  const newest = items.reduce<string | null>(
    (max, i) => (max === null || i.updatedAt > max ? i.updatedAt : max),
    null,
  );
  const feed = new Feed({
    id: `${baseUrl}/news`,
    title: t('news.feed.title'),
    description: t('news.feed.description'),
    link: `${baseUrl}/news`,
    language: lang,
    updated: newest ? new Date(newest) : new Date(0),
    generator: false,
    copyright: t('news.feed.copyright'),
    feedLinks: {
      atom: `${baseUrl}/news/feed.atom?lang=${lang}`,
      rss: `${baseUrl}/news/feed.rss?lang=${lang}`,
    },
  });
  for (const item of items) {
    const link = `${baseUrl}/news/${item.slug}`;
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: item.title,
      description: item.summary,
      content: item.body ? renderMarkdown(item.body) : undefined,
      date: new Date(item.updatedAt),
      published: new Date(item.publishedAt ?? item.updatedAt),
    });
  }
  return format === 'atom' ? feed.atom1() : feed.rss2();
}
