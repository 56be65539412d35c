import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { canSeeNewsPost, canWriteNews } from './news.policy.ts';
import * as q from './news.queries.ts';
import { isNewsSlug } from './news.schema.ts';

// Reading news: the list, one post, the home page's latest and the feeds. A post is shown in the
// reader's language when it has that translation, else in its original language (and says so).

export const NEWS_PAGE_SIZE = 20;

export interface NewsItem {
  slug: string;
  status: 'draft' | 'published';
  title: string;
  summary: string;
  body: string;
  /** The language the text is in; differs from the reader's when `isFallback`. */
  language: string;
  isFallback: boolean;
  publishedAt: string | null;
  updatedAt: string;
  isDemo: boolean;
}

function pick(
  post: q.NewsPostRow,
  translations: q.NewsTranslationRow[],
  lang: string,
): NewsItem | undefined {
  const own = translations.filter((t) => t.postId === post.id);
  const text =
    own.find((t) => t.language === lang) ??
    own.find((t) => t.language === post.originalLanguage) ??
    own[0];
  if (!text) return undefined;
  return {
    slug: post.slug,
    status: post.status,
    title: text.title,
    summary: text.summary,
    body: text.body,
    language: text.language,
    isFallback: text.language !== lang,
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
    isDemo: post.isDemo,
  };
}

async function itemsOf(deps: Deps, posts: q.NewsPostRow[], lang: string): Promise<NewsItem[]> {
  const translations = await q.selectTranslations(
    deps.db,
    posts.map((p) => p.id),
  );
  return posts.flatMap((p) => pick(p, translations, lang) ?? []);
}

/** Published posts, newest first, a page of 20 (page numbers from 1); hasNext when more follow. */
export async function listNews(
  deps: Deps,
  lang: string,
  pageNumber: number,
): Promise<{ items: NewsItem[]; hasNext: boolean }> {
  const posts = await q.selectPostsByStatus(deps.db, 'published', {
    limit: NEWS_PAGE_SIZE + 1,
    offset: (pageNumber - 1) * NEWS_PAGE_SIZE,
  });
  return {
    items: await itemsOf(deps, posts.slice(0, NEWS_PAGE_SIZE), lang),
    hasNext: posts.length > NEWS_PAGE_SIZE,
  };
}

/** The drafts, for those who write news (empty for everyone else). */
export async function listNewsDrafts(
  deps: Deps,
  actor: Actor | null,
  lang: string,
): Promise<NewsItem[]> {
  if (!canWriteNews(actor)) return [];
  return itemsOf(
    deps,
    await q.selectPostsByStatus(deps.db, 'draft', { limit: 100, offset: 0 }),
    lang,
  );
}

/** The newest published posts (the home page's three, the feeds' twenty). */
export async function latestNews(deps: Deps, lang: string, limit: number): Promise<NewsItem[]> {
  return itemsOf(
    deps,
    await q.selectPostsByStatus(deps.db, 'published', { limit, offset: 0 }),
    lang,
  );
}

/** One post; a draft is a 404 for those who may not write news. */
export async function getNewsPost(
  deps: Deps,
  actor: Actor | null,
  lang: string,
  slug: string,
): Promise<{ item: NewsItem; canEdit: boolean }> {
  const post = isNewsSlug(slug) ? await q.selectPostBySlug(deps.db, slug) : undefined;
  const item =
    post && canSeeNewsPost(actor, post) ? (await itemsOf(deps, [post], lang))[0] : undefined;
  if (!item) throw new AppError('NOT_FOUND', 'news.errors.notFound');
  return { item, canEdit: canWriteNews(actor) };
}
