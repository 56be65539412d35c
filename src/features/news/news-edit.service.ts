import type { Deps } from '../../deps.ts';
import { nowIso } from '../../db/database.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { insertNewsPostOnce, updateNewsPost } from './news-write.queries.ts';
import { canWriteNews } from './news.policy.ts';
import { selectPostBySlug, selectTranslations } from './news.queries.ts';
import { isNewsSlug, type NewNewsPostInput, type NewsPostInput } from './news.schema.ts';

// Writing news posts: coordinators only (anonymous visitors are sent to sign in, others get 403).

/** The signed-in official if they may write news; else 401 or 403. */
export function requireNewsWriter(actor: Actor | null): Actor {
  const who = requireActor(actor);
  if (!canWriteNews(who)) throw new AppError('FORBIDDEN', 'news.errors.forbidden');
  return who;
}

const storedDate = (day: string) => `${day}T00:00:00.000Z`;

/** Creates a post and returns its slug; a repeated submission of the same form returns the first. */
export async function createNewsPost(
  deps: Deps,
  actor: Actor | null,
  input: NewNewsPostInput,
  now = new Date(),
): Promise<string> {
  const who = requireNewsWriter(actor);
  const { slug } = await insertNewsPostOnce(
    deps.db,
    {
      status: input.status,
      originalLanguage: input.originalLanguage,
      publishedAt: storedDate(input.publishedOn),
      isDemo: false,
      createdBy: who.id,
      translations: input.translations,
    },
    input.key,
    nowIso(now),
  );
  return slug;
}

async function findPost(deps: Deps, slug: string) {
  const post = isNewsSlug(slug) ? await selectPostBySlug(deps.db, slug) : undefined;
  if (!post) throw new AppError('NOT_FOUND', 'news.errors.notFound');
  return post;
}

/** A post as its edit form starts from (field name → value), for those who may write news. */
export async function getNewsPostForEdit(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ slug: string; values: Record<string, string> }> {
  requireNewsWriter(actor);
  const post = await findPost(deps, slug);
  const values: Record<string, string> = {
    status: post.status,
    original_language: post.originalLanguage,
    published_on: (post.publishedAt ?? nowIso()).slice(0, 10),
  };
  for (const t of await selectTranslations(deps.db, [post.id])) {
    values[`title_${t.language}`] = t.title;
    values[`summary_${t.language}`] = t.summary;
    values[`body_${t.language}`] = t.body;
  }
  return { slug: post.slug, values };
}

/** Saves a post's texts, date and status; its address stays the same. */
export async function editNewsPost(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: NewsPostInput,
  now = new Date(),
): Promise<void> {
  requireNewsWriter(actor);
  const post = await findPost(deps, slug);
  await updateNewsPost(
    deps.db,
    post.id,
    {
      status: input.status,
      originalLanguage: input.originalLanguage,
      publishedAt: storedDate(input.publishedOn),
      translations: input.translations,
    },
    nowIso(now),
  );
}
