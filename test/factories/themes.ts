import type { Deps } from '../../src/deps.ts';
import { insertTheme } from '../../src/features/curriculum/curriculum.queries.ts';
import { THEMES } from '../../src/features/curriculum/themes.data.ts';

/** The six themes with their translations; returns their ids by slug. */
export async function createThemes(deps: Deps): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const [position, theme] of THEMES.entries()) {
    ids[theme.slug] = await insertTheme(deps.db, {
      slug: theme.slug,
      position: position + 1,
      translations: Object.entries(theme.translations).map(([language, t]) => ({ language, ...t })),
    });
  }
  return ids;
}
