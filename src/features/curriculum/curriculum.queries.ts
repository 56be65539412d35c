import type { Db } from '../../db/database.ts';

export interface ThemeRow {
  id: number;
  slug: string;
  position: number;
  name: string;
  summary: string;
  language: string;
}

/**
 * The six themes in their order, each in the wanted language or else in English; the row's
 * language says which, so pages can show the fallback.
 */
export async function selectThemes(db: Db, language: string): Promise<ThemeRow[]> {
  const rows = await db
    .selectFrom('themes as t')
    .innerJoin('theme_translations as tr', 'tr.theme_id', 't.id')
    .select(['t.id', 't.slug', 't.position', 'tr.name', 'tr.summary', 'tr.language'])
    .where('tr.language', 'in', [language, 'en'])
    .orderBy('t.position')
    .execute();
  const byTheme = new Map<number, ThemeRow>();
  for (const r of rows) {
    const seen = byTheme.get(r.id);
    if (!seen || r.language === language) byTheme.set(r.id, r);
  }
  return [...byTheme.values()];
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
