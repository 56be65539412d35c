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

/** One extra theme, translated only into the given languages (for fallback tests). */
export async function createTheme(
  deps: Deps,
  theme: {
    slug: string;
    position?: number;
    translations: Array<{ language: string; name: string; summary: string }>;
  },
): Promise<number> {
  return insertTheme(deps.db, { position: 99, ...theme });
}
