import { sql } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';
import { searchHits } from './catalogue-search.queries.ts';

// SQL for the public catalogue: published courses only, one page at a time, and the themes,
// partners and texts of that page's courses fetched in one query each (never one per course).

export interface CatalogueQuery {
  themeSlug: string | null;
  language: string | null;
  format: string | null;
  level: string | null;
  partnerSlug: string | null;
  /** Search text (ranked full-text search), or null for none. */
  q: string | null;
  limit: number;
  offset: number;
}

export interface CatalogueRow {
  id: number;
  slug: string;
  format: string;
  level: string;
  durationHours: number;
}

export interface CourseTextRow {
  courseId: number;
  language: string;
  title: string;
  summary: string;
  objectives: string;
}

export interface LinkRow {
  courseId: number;
  slug: string;
  name: string;
  language: string;
}

/** One page of published courses matching the filters (ask for one more row to know if more follow). */
export async function selectCataloguePage(
  db: Db,
  dialect: Dialect,
  f: CatalogueQuery,
): Promise<CatalogueRow[]> {
  let query = db
    .selectFrom('courses')
    .select(['courses.id', 'courses.slug', 'courses.format', 'courses.level'])
    .select('courses.duration_hours')
    .where('courses.status', '=', 'published');
  if (f.format) query = query.where('courses.format', '=', f.format);
  if (f.level) query = query.where('courses.level', '=', f.level);
  if (f.themeSlug) {
    const slug = f.themeSlug;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('course_themes as ct')
          .innerJoin('themes as th', 'th.id', 'ct.theme_id')
          .select(sql`1`.as('one'))
          .whereRef('ct.course_id', '=', 'courses.id')
          .where('th.slug', '=', slug),
      ),
    );
  }
  if (f.partnerSlug) {
    const slug = f.partnerSlug;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('course_partners as cp')
          .innerJoin('organisations as o', 'o.id', 'cp.organisation_id')
          .select(sql`1`.as('one'))
          .whereRef('cp.course_id', '=', 'courses.id')
          .where('o.slug', '=', slug),
      ),
    );
  }
  if (f.language) {
    const language = f.language;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('course_translations as l')
          .select(sql`1`.as('one'))
          .whereRef('l.course_id', '=', 'courses.id')
          .where('l.language', '=', language),
      ),
    );
  }
  // A search ranks title matches before summary-only ones; within a rank, newest first.
  const hits = f.q ? searchHits(dialect, f.q) : null;
  if (hits)
    query = query.innerJoin(hits.as('hit'), 'hit.course_id', 'courses.id').orderBy('hit.rank');
  const rows = await query
    .orderBy('courses.published_at', 'desc')
    .orderBy('courses.id', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    format: r.format,
    level: r.level,
    durationHours: Number(r.duration_hours),
  }));
}

/** A published course by its slug. */
export async function selectPublishedCourse(
  db: Db,
  slug: string,
): Promise<CatalogueRow | undefined> {
  const row = await db
    .selectFrom('courses')
    .select(['id', 'slug', 'format', 'level', 'duration_hours'])
    .where('slug', '=', slug)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return row && { ...row, durationHours: Number(row.duration_hours) };
}

/** The texts in every language of these courses. */
export async function selectCourseTexts(db: Db, ids: number[]): Promise<CourseTextRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('course_translations')
    .select(['course_id as courseId', 'language', 'title', 'summary', 'objectives'])
    .where('course_id', 'in', ids)
    .orderBy('language')
    .execute();
}

/** The themes of these courses, named in the reader's language and in English. */
export async function selectCourseThemes(
  db: Db,
  ids: number[],
  language: string,
): Promise<LinkRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('course_themes as ct')
    .innerJoin('themes as th', 'th.id', 'ct.theme_id')
    .innerJoin('theme_translations as tt', 'tt.theme_id', 'th.id')
    .select(['ct.course_id as courseId', 'th.slug', 'tt.name', 'tt.language'])
    .where('ct.course_id', 'in', ids)
    .where('tt.language', 'in', [language, 'en'])
    .orderBy('th.position')
    .execute();
}

/** The credited partners (the owner among them) of these courses. */
export async function selectCoursePartners(db: Db, ids: number[]): Promise<LinkRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('course_partners as cp')
    .innerJoin('organisations as o', 'o.id', 'cp.organisation_id')
    .select(['cp.course_id as courseId', 'o.slug', 'o.name', sql<string>`''`.as('language')])
    .where('cp.course_id', 'in', ids)
    .orderBy('o.name_search')
    .execute();
}

/** The organisations credited on at least one published course, for the partner filter. */
export async function selectCataloguePartners(
  db: Db,
): Promise<Array<{ slug: string; name: string }>> {
  return (
    db
      .selectFrom('organisations as o')
      .select(['o.slug', 'o.name'])
      // IN, not a correlated EXISTS: SQLite would run that once per organisation (0.4 s for 2,000).
      .where('o.id', 'in', (eb) =>
        eb
          .selectFrom('course_partners as cp')
          .innerJoin('courses as c', 'c.id', 'cp.course_id')
          .select('cp.organisation_id')
          .where('c.status', '=', 'published'),
      )
      .orderBy('o.name_search')
      .execute()
  );
}
