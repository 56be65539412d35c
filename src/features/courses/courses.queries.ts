import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CoursesTable } from '../../db/tables.ts';

// SQL for courses: their rows, text per language, themes, credited partners and the audit trail.

export interface Course {
  id: number;
  slug: string;
  organisationId: number;
  status: string;
  format: string;
  level: string;
  durationHours: number;
  reviewComment: string;
  isDemo: boolean;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface CourseText {
  language: string;
  title: string;
  summary: string;
  objectives: string;
}

export interface CourseSettings {
  format: string;
  level: string;
  durationHours: number;
  themeIds: number[];
  /** Partners credited besides the owner (who always is). */
  partnerIds: number[];
}

function toCourse(row: Selectable<CoursesTable>): Course {
  return {
    id: row.id,
    slug: row.slug,
    organisationId: row.organisation_id,
    status: row.status,
    format: row.format,
    level: row.level,
    durationHours: Number(row.duration_hours),
    reviewComment: row.review_comment,
    isDemo: Number(row.is_demo) === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}

export async function selectCourse(db: Db, id: number): Promise<Course | undefined> {
  const row = await db.selectFrom('courses').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toCourse(row) : undefined;
}

/** A new draft with its first language, themes, and its owner credited as a partner. */
export async function insertCourse(
  db: Db,
  course: { slug: string; organisationId: number; createdBy: number; isDemo: boolean },
  text: CourseText,
  settings: CourseSettings,
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('courses')
    .values({
      slug: course.slug,
      organisation_id: course.organisationId,
      status: 'draft',
      format: settings.format,
      level: settings.level,
      duration_hours: settings.durationHours,
      review_comment: '',
      is_demo: course.isDemo ? 1 : 0,
      created_by: course.createdBy,
      created_at: now,
      updated_at: now,
      published_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await upsertTranslation(db, id, text);
  await replaceThemes(db, id, settings.themeIds);
  await replacePartners(db, { id, organisationId: course.organisationId }, settings.partnerIds);
  return id;
}

export async function upsertTranslation(db: Db, courseId: number, text: CourseText): Promise<void> {
  const values = { title: text.title, summary: text.summary, objectives: text.objectives };
  await db
    .insertInto('course_translations')
    .values({ course_id: courseId, language: text.language, ...values })
    .onConflict((oc) => oc.columns(['course_id', 'language']).doUpdateSet(values))
    .execute();
}

async function replaceThemes(db: Db, courseId: number, themeIds: number[]): Promise<void> {
  await db.deleteFrom('course_themes').where('course_id', '=', courseId).execute();
  if (themeIds.length > 0)
    await db
      .insertInto('course_themes')
      .values(themeIds.map((theme_id) => ({ course_id: courseId, theme_id })))
      .execute();
}

async function replacePartners(
  db: Db,
  course: { id: number; organisationId: number },
  partnerIds: number[],
): Promise<void> {
  await db.deleteFrom('course_partners').where('course_id', '=', course.id).execute();
  const ids = [...new Set([course.organisationId, ...partnerIds])];
  await db
    .insertInto('course_partners')
    .values(ids.map((organisation_id) => ({ course_id: course.id, organisation_id })))
    .execute();
}

/** Rewrites the settings every language shares, themes and credited partners included. */
export async function updateSettings(
  db: Db,
  course: { id: number; organisationId: number },
  settings: CourseSettings,
  now: string,
): Promise<void> {
  const courseId = course.id;
  await db
    .updateTable('courses')
    .set({
      format: settings.format,
      level: settings.level,
      duration_hours: settings.durationHours,
      updated_at: now,
    })
    .where('id', '=', courseId)
    .execute();
  await replaceThemes(db, courseId, settings.themeIds);
  await replacePartners(db, course, settings.partnerIds);
}

export async function touchCourse(db: Db, courseId: number, now: string): Promise<void> {
  await db.updateTable('courses').set({ updated_at: now }).where('id', '=', courseId).execute();
}

export async function selectTranslations(db: Db, courseId: number): Promise<CourseText[]> {
  return db
    .selectFrom('course_translations')
    .select(['language', 'title', 'summary', 'objectives'])
    .where('course_id', '=', courseId)
    .orderBy('language')
    .execute();
}

export async function selectThemeIds(db: Db, courseId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('course_themes')
    .select('theme_id')
    .where('course_id', '=', courseId)
    .execute();
  return rows.map((r) => r.theme_id);
}

export async function selectPartners(
  db: Db,
  courseId: number,
): Promise<Array<{ id: number; name: string; slug: string }>> {
  return db
    .selectFrom('course_partners as cp')
    .innerJoin('organisations as o', 'o.id', 'cp.organisation_id')
    .select(['o.id', 'o.name', 'o.slug'])
    .where('cp.course_id', '=', courseId)
    .orderBy('o.name')
    .execute();
}

export interface CourseListRow {
  id: number;
  status: string;
  organisationName: string;
  updatedAt: string;
  /** Every language's title; the view picks the reader's. */
  titles: Record<string, string>;
}

/** Courses by last change (newest first), or for the review queue oldest first; one organisation's or all. */
export async function selectCourseList(
  db: Db,
  filter: { organisationId: number | null; status: string | null; oldestFirst: boolean },
): Promise<CourseListRow[]> {
  let query = db
    .selectFrom('courses as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select(['c.id', 'c.status', 'c.updated_at', 'o.name as organisation_name'])
    .limit(500);
  if (filter.organisationId !== null)
    query = query.where('c.organisation_id', '=', filter.organisationId);
  if (filter.status !== null) query = query.where('c.status', '=', filter.status);
  const direction = filter.oldestFirst ? 'asc' : 'desc';
  const rows = await query.orderBy('c.updated_at', direction).orderBy('c.id', direction).execute();
  const titles = new Map<number, Record<string, string>>();
  if (rows.length > 0) {
    const texts = await db
      .selectFrom('course_translations')
      .select(['course_id', 'language', 'title'])
      .where(
        'course_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    for (const t of texts)
      titles.set(t.course_id, { ...titles.get(t.course_id), [t.language]: t.title });
  }
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    organisationName: r.organisation_name,
    updatedAt: r.updated_at,
    titles: titles.get(r.id) ?? {},
  }));
}

export async function insertAuditEvent(
  db: Db,
  event: { actorId: number; action: string; subjectId: number; details: Record<string, unknown> },
  now: string,
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor_id: event.actorId,
      action: event.action,
      subject_type: 'course',
      subject_id: event.subjectId,
      details: JSON.stringify(event.details),
      created_at: now,
    })
    .execute();
}
