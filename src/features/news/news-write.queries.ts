import { isUniqueViolation, type Db } from '../../db/database.ts';
import { selectSlugsStartingWith } from '../../db/slugs.queries.ts';
import { SLUG_FALLBACK, freeSlug, slugBase } from '../organisations/names.ts';

// Writing a news post and its translations.

export interface NewNewsPost {
  status: 'draft' | 'published';
  originalLanguage: string;
  /** The date it bears (ISO instant); null for a draft. */
  publishedAt: string | null;
  isDemo: boolean;
  createdBy: number | null;
  translations: Array<{ language: string; title: string; summary: string; body: string }>;
}

export async function insertNewsPost(
  db: Db,
  p: NewNewsPost,
  at: string,
): Promise<{ id: number; slug: string }> {
  const original =
    p.translations.find((t) => t.language === p.originalLanguage) ?? p.translations[0];
  const base0 = slugBase(original?.title ?? 'news');
  const base = base0 === SLUG_FALLBACK ? 'news' : base0;
  const slug = freeSlug(base, await selectSlugsStartingWith(db, 'news_posts', base));
  const { id } = await db
    .insertInto('news_posts')
    .values({
      slug,
      status: p.status,
      original_language: p.originalLanguage,
      published_at: p.publishedAt,
      is_demo: p.isDemo ? 1 : 0,
      created_by: p.createdBy,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceNewsTranslations(db, id, p.translations);
  return { id, slug };
}

export async function replaceNewsTranslations(
  db: Db,
  postId: number,
  translations: NewNewsPost['translations'],
): Promise<void> {
  await db.deleteFrom('news_translations').where('post_id', '=', postId).execute();
  if (translations.length)
    await db
      .insertInto('news_translations')
      .values(translations.map((t) => ({ post_id: postId, ...t })))
      .execute();
}

/**
 * Stores a post made by the "new post" form, once per form key: a repeated submission stores
 * nothing and returns the first post (the key is unique; a racing twin fails on it and reads it).
 */
export async function insertNewsPostOnce(
  db: Db,
  p: NewNewsPost,
  requestKey: string,
  at: string,
): Promise<{ id: number; slug: string }> {
  const first = () =>
    db
      .selectFrom('news_posts')
      .select(['id', 'slug'])
      .where('request_key', '=', requestKey)
      .executeTakeFirst();
  const known = await first();
  if (known) return known;
  try {
    return await db.transaction().execute(async (tx) => {
      const post = await insertNewsPost(tx, p, at);
      await tx
        .updateTable('news_posts')
        .set({ request_key: requestKey })
        .where('id', '=', post.id)
        .execute();
      return post;
    });
  } catch (err) {
    const twin = isUniqueViolation(err) ? await first() : undefined;
    if (twin) return twin;
    throw err;
  }
}

/** Replaces a post's status, languages, date and translations in one transaction. */
export async function updateNewsPost(
  db: Db,
  postId: number,
  p: Pick<NewNewsPost, 'status' | 'originalLanguage' | 'publishedAt' | 'translations'>,
  at: string,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('news_posts')
      .set({
        status: p.status,
        original_language: p.originalLanguage,
        published_at: p.publishedAt,
        updated_at: at,
      })
      .where('id', '=', postId)
      .execute();
    await replaceNewsTranslations(tx, postId, p.translations);
  });
}
