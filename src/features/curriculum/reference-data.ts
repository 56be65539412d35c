import { isUniqueViolation } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { CURRICULUM_2012 } from './curricula.data.ts';
import * as q from './curriculum.queries.ts';
import { THEMES } from './themes.data.ts';

/**
 * Makes sure the six themes and the 2012–2015 curriculum exist: every installation, production
 * included, needs them. Runs at every start; safe when several processes start together.
 */
export async function ensureReferenceData(
  deps: Deps,
): Promise<{ themeIds: Record<string, number>; curriculumId: number }> {
  const existing = await q.selectThemeIdsBySlug(deps.db);
  for (const [index, theme] of THEMES.entries()) {
    if (existing[theme.slug]) continue;
    await ignoreDuplicate(() =>
      q.insertTheme(deps.db, {
        slug: theme.slug,
        position: index + 1,
        translations: Object.entries(theme.translations).map(([language, t]) => ({
          language,
          ...t,
        })),
      }),
    );
  }
  const themeIds = await q.selectThemeIdsBySlug(deps.db);
  if ((await q.selectCurriculumId(deps.db, CURRICULUM_2012.slug)) === undefined) {
    const ids = THEMES.map((t) => themeIds[t.slug]!);
    await ignoreDuplicate(() =>
      q.insertCurriculum(deps.db, { ...CURRICULUM_2012, themeIds: ids }, new Date().toISOString()),
    );
  }
  return { themeIds, curriculumId: (await q.selectCurriculumId(deps.db, CURRICULUM_2012.slug))! };
}

// Another process inserted the same row first: what we wanted is there.
async function ignoreDuplicate(insert: () => Promise<unknown>): Promise<void> {
  try {
    await insert();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
  }
}
