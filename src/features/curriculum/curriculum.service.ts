import type { Deps } from '../../deps.ts';
import { selectThemes } from './curriculum.queries.ts';

export interface ThemeSummary {
  id: number;
  slug: string;
  name: string;
  summary: string;
  /** The language the name and summary are in (English when the wanted one is missing). */
  language: string;
}

/** The six themes, in order, in the reader's language where translated. */
export async function listThemes(deps: Deps, language: string): Promise<ThemeSummary[]> {
  const rows = await selectThemes(deps.db, language);
  return rows.map(({ id, slug, name, summary, language }) => ({
    id,
    slug,
    name,
    summary,
    language,
  }));
}
