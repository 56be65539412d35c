import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { listThemes, type ThemeSummary } from '../curriculum/curriculum.service.ts';
import { nextRunsOf, type NextRun } from './enrolment-options.service.ts';
import * as q from './catalogue.queries.ts';
import type { CatalogueFilter } from './catalogue-schema.ts';
import { selectLessons } from './lessons.queries.ts';
import { selectModules } from './structure.queries.ts';

// The public catalogue: published courses only, for anyone, signed in or not.

export const PAGE_SIZE = 20;

/** A text in the language it is written in, so views can mark a fallback with `lang`. */
export interface Localised {
  text: string;
  language: string;
}

export interface Link {
  slug: string;
  name: string;
}

export interface CatalogueEntry {
  slug: string;
  title: Localised;
  summary: Localised;
  themes: Link[];
  partners: Link[];
  languages: string[];
  format: string;
  level: string;
  durationHours: number;
  id: number;
  /** The next run (or the always-open one); null when none is planned. */
  nextRun: NextRun | null;
}

export interface CataloguePage {
  entries: CatalogueEntry[];
  hasNext: boolean;
  themes: ThemeSummary[];
  partners: Link[];
}

export interface CourseDetails extends CatalogueEntry {
  objectives: string[];
  /** The language the objectives are written in. */
  objectivesLanguage: string;
  modules: Array<{ title: Localised; lessons: Localised[] }>;
}

/** The text in the reader's language, else English, else the first language the course has. */
function pick(texts: Record<string, string>, lang: string): Localised {
  for (const language of [lang, 'en', ...Object.keys(texts).sort()])
    if (texts[language]) return { text: texts[language], language };
  return { text: '', language: lang };
}

function byCourse<T extends { courseId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) out.set(r.courseId, [...(out.get(r.courseId) ?? []), r]);
  return out;
}

/** Builds the entries of these courses with four queries in all, whatever their number. */
async function entriesOf(deps: Deps, rows: q.CatalogueRow[], lang: string) {
  const ids = rows.map((r) => r.id);
  const [texts, themes, partners, nextRuns] = await Promise.all([
    q.selectCourseTexts(deps.db, ids),
    q.selectCourseThemes(deps.db, ids, lang),
    q.selectCoursePartners(deps.db, ids),
    nextRunsOf(deps, rows),
  ]);
  const textsOf = byCourse(texts);
  const themesOf = byCourse(themes);
  const partnersOf = byCourse(partners);
  return rows.map((row) => {
    const own = textsOf.get(row.id) ?? [];
    const field = (f: 'title' | 'summary' | 'objectives') =>
      Object.fromEntries(own.filter((t) => t[f]).map((t) => [t.language, t[f]]));
    const themeNames = new Map<string, Record<string, string>>();
    for (const t of themesOf.get(row.id) ?? [])
      themeNames.set(t.slug, { ...themeNames.get(t.slug), [t.language]: t.name });
    return {
      slug: row.slug,
      title: pick(field('title'), lang),
      summary: pick(field('summary'), lang),
      objectives: pick(field('objectives'), lang),
      themes: [...themeNames].map(([slug, names]) => ({ slug, name: pick(names, lang).text })),
      partners: (partnersOf.get(row.id) ?? []).map((p) => ({ slug: p.slug, name: p.name })),
      languages: own.map((t) => t.language),
      format: row.format,
      level: row.level,
      durationHours: row.durationHours,
      id: row.id,
      nextRun: nextRuns.get(row.id) ?? null,
    };
  });
}

/** One page of the catalogue; an unknown theme or partner is a 400 tied to its filter. */
export async function browseCatalogue(
  deps: Deps,
  lang: string,
  filter: CatalogueFilter,
): Promise<CataloguePage> {
  const [themes, partners] = await Promise.all([
    listThemes(deps, lang),
    q.selectCataloguePartners(deps.db),
  ]);
  if (filter.theme && !themes.some((t) => t.slug === filter.theme))
    throw new AppError('VALIDATION', 'catalogue.errors.themeUnknown', {
      fields: { theme: 'catalogue.errors.themeUnknown' },
    });
  if (filter.partner && !partners.some((p) => p.slug === filter.partner))
    throw new AppError('VALIDATION', 'catalogue.errors.partnerUnknown', {
      fields: { partner: 'catalogue.errors.partnerUnknown' },
    });
  const rows = await q.selectCataloguePage(deps.db, deps.dialect, {
    themeSlug: filter.theme,
    language: filter.language,
    format: filter.format,
    level: filter.level,
    partnerSlug: filter.partner,
    q: filter.q,
    limit: PAGE_SIZE + 1,
    offset: (filter.page - 1) * PAGE_SIZE,
  });
  const entries = await entriesOf(deps, rows.slice(0, PAGE_SIZE), lang);
  return { entries, hasNext: rows.length > PAGE_SIZE, themes, partners };
}

/** The published courses of a theme or credited to an organisation (first page), for their pages. */
export async function coursesFor(
  deps: Deps,
  lang: string,
  by: { themeSlug: string } | { partnerSlug: string },
): Promise<CatalogueEntry[]> {
  const rows = await q.selectCataloguePage(deps.db, deps.dialect, {
    themeSlug: 'themeSlug' in by ? by.themeSlug : null,
    partnerSlug: 'partnerSlug' in by ? by.partnerSlug : null,
    language: null,
    format: null,
    level: null,
    q: null,
    limit: PAGE_SIZE,
    offset: 0,
  });
  return entriesOf(deps, rows, lang);
}

/** A published course with its objectives and syllabus; anything else is a 404. */
export async function getPublicCourse(
  deps: Deps,
  lang: string,
  slug: string,
): Promise<CourseDetails> {
  const row = /^[a-z0-9-]{1,200}$/.test(slug)
    ? await q.selectPublishedCourse(deps.db, slug)
    : undefined;
  if (!row) throw new AppError('NOT_FOUND', 'catalogue.errors.notFound');
  const [[entry], modules, lessons] = await Promise.all([
    entriesOf(deps, [row], lang),
    selectModules(deps.db, row.id),
    selectLessons(deps.db, row.id),
  ]);
  const { objectives, ...rest } = entry!;
  return {
    ...rest,
    objectives: objectives.text
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean),
    objectivesLanguage: objectives.language,
    modules: modules.map((m) => ({
      title: pick(m.titles, lang),
      lessons: lessons.filter((l) => l.moduleId === m.id).map((l) => pick(l.titles, lang)),
    })),
  };
}
