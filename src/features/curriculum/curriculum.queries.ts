import { bumpCacheVersion } from '../../db/cache-versions.queries.ts';
import type { Db } from '../../db/database.ts';

export interface ThemeRow {
  id: number;
  slug: string;
  position: number;
  name: string;
  summary: string;
  language: string;
}

export interface CurriculumRow {
  id: number;
  slug: string;
  name: string;
  startYear: number;
  endYear: number;
}

export interface CurriculumDetail extends CurriculumRow {
  validatedOn: string | null;
  validatedAtEvent: string;
  summary: string;
  /** The language of the summary (English when the wanted one is missing). */
  language: string;
}

/** Keeps, per id, the row in the wanted language, else the English one (rows come in order). */
function preferLanguage<R extends { id: number; language: string }>(
  rows: R[],
  language: string,
): R[] {
  const byId = new Map<number, R>();
  for (const r of rows) {
    const seen = byId.get(r.id);
    if (!seen || r.language === language) byId.set(r.id, r);
  }
  return [...byId.values()];
}

function themesQuery(db: Db, language: string) {
  return db
    .selectFrom('themes as t')
    .innerJoin('theme_translations as tr', 'tr.theme_id', 't.id')
    .select(['t.id', 't.slug', 't.position', 'tr.name', 'tr.summary', 'tr.language'])
    .where('tr.language', 'in', [language, 'en'])
    .orderBy('t.position')
    .orderBy('t.id');
}

/**
 * The six themes in their order, each in the wanted language or else in English; the row's
 * language says which, so pages can show the fallback.
 */
export async function selectThemes(db: Db, language: string): Promise<ThemeRow[]> {
  return preferLanguage(await themesQuery(db, language).execute(), language);
}

export async function selectThemeBySlug(
  db: Db,
  slug: string,
  language: string,
): Promise<ThemeRow | undefined> {
  const rows = await themesQuery(db, language).where('t.slug', '=', slug).execute();
  return preferLanguage(rows, language)[0];
}

/** The themes a curriculum covers, in theme order. */
export async function selectThemesOfCurriculum(
  db: Db,
  curriculumId: number,
  language: string,
): Promise<ThemeRow[]> {
  const rows = await themesQuery(db, language)
    .innerJoin('curriculum_themes as ct', 'ct.theme_id', 't.id')
    .where('ct.curriculum_id', '=', curriculumId)
    .execute();
  return preferLanguage(rows, language);
}

function curriculaQuery(db: Db) {
  return db
    .selectFrom('curricula as c')
    .select(['c.id', 'c.slug', 'c.name', 'c.start_year', 'c.end_year'])
    .orderBy('c.start_year')
    .orderBy('c.id');
}

function toCurriculumRow(r: {
  id: number;
  slug: string;
  name: string;
  start_year: number;
  end_year: number;
}): CurriculumRow {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    startYear: Number(r.start_year),
    endYear: Number(r.end_year),
  };
}

/** Every curriculum, oldest first. */
export async function selectCurricula(db: Db): Promise<CurriculumRow[]> {
  return (await curriculaQuery(db).execute()).map(toCurriculumRow);
}

/** One curriculum's name and years, by id. */
export async function selectCurriculumById(db: Db, id: number): Promise<CurriculumRow | undefined> {
  const row = await curriculaQuery(db).where('c.id', '=', id).executeTakeFirst();
  return row && toCurriculumRow(row);
}

/** The curricula that cover a theme, oldest first. */
export async function selectCurriculaOfTheme(db: Db, themeId: number): Promise<CurriculumRow[]> {
  const rows = await curriculaQuery(db)
    .innerJoin('curriculum_themes as ct', 'ct.curriculum_id', 'c.id')
    .where('ct.theme_id', '=', themeId)
    .execute();
  return rows.map(toCurriculumRow);
}

/** A curriculum with its summary in the wanted language, else English, else none. */
export async function selectCurriculumBySlug(
  db: Db,
  slug: string,
  language: string,
): Promise<CurriculumDetail | undefined> {
  const c = await db
    .selectFrom('curricula')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!c) return undefined;
  const summaries = await db
    .selectFrom('curriculum_translations')
    .select(['curriculum_id as id', 'language', 'summary'])
    .where('curriculum_id', '=', c.id)
    .where('language', 'in', [language, 'en'])
    .execute();
  const summary = preferLanguage(summaries, language)[0];
  return {
    ...toCurriculumRow(c),
    validatedOn: c.validated_on,
    validatedAtEvent: c.validated_at_event,
    summary: summary?.summary ?? '',
    language: summary?.language ?? language,
  };
}

export async function insertTheme(
  db: Db,
  theme: {
    slug: string;
    position: number;
    translations: Array<{ language: string; name: string; summary: string }>;
  },
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    // Themes and curricula appear on the cached public pages (home, themes).
    await bumpCacheVersion(tx, 'themes');
    const { id } = await tx
      .insertInto('themes')
      .values({ slug: theme.slug, position: theme.position })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('theme_translations')
      .values(
        theme.translations.map((t) => ({
          theme_id: id,
          language: t.language,
          name: t.name,
          summary: t.summary,
        })),
      )
      .execute();
    return id;
  });
}

export async function insertCurriculum(
  db: Db,
  c: {
    slug: string;
    name: string;
    startYear: number;
    endYear: number;
    validatedOn: string | null;
    validatedAtEvent: string;
    summaries: Array<{ language: string; summary: string }>;
    themeIds: number[];
  },
  now: string,
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    // Themes and curricula appear on the cached public pages (home, themes).
    await bumpCacheVersion(tx, 'themes');
    const { id } = await tx
      .insertInto('curricula')
      .values({
        slug: c.slug,
        name: c.name,
        start_year: c.startYear,
        end_year: c.endYear,
        validated_on: c.validatedOn,
        validated_at_event: c.validatedAtEvent,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (c.summaries.length)
      await tx
        .insertInto('curriculum_translations')
        .values(c.summaries.map((s) => ({ curriculum_id: id, ...s })))
        .execute();
    if (c.themeIds.length)
      await tx
        .insertInto('curriculum_themes')
        .values(c.themeIds.map((theme_id) => ({ curriculum_id: id, theme_id })))
        .execute();
    return id;
  });
}

export async function selectThemeIdsBySlug(db: Db): Promise<Record<string, number>> {
  const rows = await db.selectFrom('themes').select(['id', 'slug']).execute();
  return Object.fromEntries(rows.map((r) => [r.slug, r.id]));
}

export async function selectCurriculumId(db: Db, slug: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('curricula')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row?.id;
}
