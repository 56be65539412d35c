import type { Db } from '../../db/database.ts';

// Reading news posts and their translations. Instants stay ISO-8601 text; is_demo becomes a boolean.

export interface NewsPostRow {
  id: number;
  slug: string;
  status: 'draft' | 'published';
  originalLanguage: string;
  publishedAt: string | null;
  isDemo: boolean;
  updatedAt: string;
}

export interface NewsTranslationRow {
  postId: number;
  language: string;
  title: string;
  summary: string;
  body: string;
}

const POST_COLUMNS = [
  'id',
  'slug',
  'status',
  'original_language',
  'published_at',
  'is_demo',
  'updated_at',
] as const;

function toPost(r: {
  id: number;
  slug: string;
  status: string;
  original_language: string;
  published_at: string | null;
  is_demo: number | boolean;
  updated_at: string;
}): NewsPostRow {
  return {
    id: r.id,
    slug: r.slug,
    status: r.status === 'published' ? 'published' : 'draft',
    originalLanguage: r.original_language,
    publishedAt: r.published_at,
    isDemo: Boolean(r.is_demo),
    updatedAt: r.updated_at,
  };
}

/** Posts of one status, newest date first (ties: newest post first), served by news_posts_status_idx. */
export async function selectPostsByStatus(
  db: Db,
  status: 'draft' | 'published',
  page: { limit: number; offset: number },
): Promise<NewsPostRow[]> {
  const rows = await db
    .selectFrom('news_posts')
    .select(POST_COLUMNS)
    .where('status', '=', status)
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map(toPost);
}

export async function selectPostBySlug(db: Db, slug: string): Promise<NewsPostRow | undefined> {
  const row = await db
    .selectFrom('news_posts')
    .select(POST_COLUMNS)
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row && toPost(row);
}

/** All translations of these posts. */
export async function selectTranslations(
  db: Db,
  postIds: readonly number[],
): Promise<NewsTranslationRow[]> {
  if (postIds.length === 0) return [];
  const rows = await db
    .selectFrom('news_translations')
    .select(['post_id', 'language', 'title', 'summary', 'body'])
    .where('post_id', 'in', postIds)
    .execute();
  return rows.map((r) => ({
    postId: r.post_id,
    language: r.language,
    title: r.title,
    summary: r.summary,
    body: r.body,
  }));
}
