import type { Db } from '../../db/database.ts';
import { selectSlugsStartingWith } from '../../db/slugs.queries.ts';
import { SLUG_FALLBACK, freeSlug, slugBase } from '../organisations/names.ts';
import { profileColumns, type ProfileFields } from './experts.queries.ts';

// Writing an expert profile and its themes.

export interface NewExpert extends ProfileFields {
  userId: number;
  status: 'pending' | 'approved' | 'returned';
  isDemo: boolean;
  themeIds: number[];
}

/** Inserts a profile for an official (one each: the unique user_id refuses a second). */
export async function insertExpert(
  db: Db,
  e: NewExpert & { name: string },
  at: string,
): Promise<{ id: number; slug: string }> {
  const base0 = slugBase(e.name);
  const base = base0 === SLUG_FALLBACK ? 'expert' : base0;
  const slug = freeSlug(base, await selectSlugsStartingWith(db, 'experts', base));
  const { id } = await db
    .insertInto('experts')
    .values({
      slug,
      user_id: e.userId,
      ...profileColumns(e),
      status: e.status,
      is_demo: e.isDemo ? 1 : 0,
      reviewed_at: e.status === 'approved' ? at : null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceExpertThemes(db, id, e.themeIds);
  return { id, slug };
}

export async function replaceExpertThemes(
  db: Db,
  expertId: number,
  themeIds: number[],
): Promise<void> {
  await db.deleteFrom('expert_themes').where('expert_id', '=', expertId).execute();
  if (themeIds.length)
    await db
      .insertInto('expert_themes')
      .values([...new Set(themeIds)].map((theme_id) => ({ expert_id: expertId, theme_id })))
      .execute();
}
