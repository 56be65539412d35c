import type { Deps } from '../../src/deps.ts';
import { insertTheme } from '../../src/features/curriculum/curriculum.queries.ts';
import { ensureReferenceData } from '../../src/features/curriculum/reference-data.ts';

/** The six themes with their translations (created when missing); returns their ids by slug. */
export async function createThemes(deps: Deps): Promise<Record<string, number>> {
  return (await ensureReferenceData(deps)).themeIds;
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
