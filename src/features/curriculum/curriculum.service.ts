import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import * as q from './curriculum.queries.ts';

export type { CurriculumDetail, CurriculumRow as CurriculumSummary } from './curriculum.queries.ts';

export interface ThemeSummary {
  id: number;
  slug: string;
  name: string;
  summary: string;
  /** The language the name and summary are in (English when the wanted one is missing). */
  language: string;
}

// Theme and curriculum slugs are short lower-case words and digits; anything else cannot name
// one (and characters such as NUL must not reach the database).
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isSlug = (s: string) => s.length <= 100 && SLUG.test(s);

function toSummary({ id, slug, name, summary, language }: q.ThemeRow): ThemeSummary {
  return { id, slug, name, summary, language };
}

/** The six themes, in order, in the reader's language where translated. */
export async function listThemes(deps: Deps, language: string): Promise<ThemeSummary[]> {
  return (await q.selectThemes(deps.db, language)).map(toSummary);
}

/** Every curriculum, oldest first. */
export async function listCurricula(deps: Deps): Promise<q.CurriculumRow[]> {
  return q.selectCurricula(deps.db);
}

/** One curriculum's slug, name and years by id (an event names the one it validated). */
export async function findCurriculum(deps: Deps, id: number): Promise<q.CurriculumRow | undefined> {
  return q.selectCurriculumById(deps.db, id);
}

/** A theme in the reader's language (or English), with the curricula that cover it; else 404. */
export async function getTheme(
  deps: Deps,
  language: string,
  slug: string,
): Promise<{ theme: ThemeSummary; curricula: q.CurriculumRow[] }> {
  const theme = isSlug(slug) ? await q.selectThemeBySlug(deps.db, slug, language) : undefined;
  if (!theme) throw new AppError('NOT_FOUND', 'curriculum.errors.themeNotFound');
  return { theme: toSummary(theme), curricula: await q.selectCurriculaOfTheme(deps.db, theme.id) };
}

/** A curriculum with its summary in the reader's language (or English) and its themes; else 404. */
export async function getCurriculum(
  deps: Deps,
  language: string,
  slug: string,
): Promise<{ curriculum: q.CurriculumDetail; themes: ThemeSummary[] }> {
  const curriculum = isSlug(slug)
    ? await q.selectCurriculumBySlug(deps.db, slug, language)
    : undefined;
  if (!curriculum) throw new AppError('NOT_FOUND', 'curriculum.errors.curriculumNotFound');
  const themes = await q.selectThemesOfCurriculum(deps.db, curriculum.id, language);
  return { curriculum, themes: themes.map(toSummary) };
}
