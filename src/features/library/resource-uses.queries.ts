import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

// SQL of where a resource is used: rows of resource_uses with the course's, event's or practice's
// title and whether the public may see it, and the lists an editor chooses from.

export type UseKind = 'course' | 'event' | 'practice';

export interface ResourceUse {
  id: number;
  kind: UseKind;
  slug: string;
  title: string;
  /** Whether everyone may see it (a published course or practice, an event that is not a draft). */
  isPublic: boolean;
}

export interface Choice {
  id: number;
  title: string;
}

/** A course's or event's title in the reader's language, else English, else its first language. */
function translatedTitle(
  table: 'course_translations' | 'event_translations',
  ref: string,
  language: string,
) {
  const fk = table === 'course_translations' ? 'course_id' : 'event_id';
  return sql<string>`(SELECT t.title FROM ${sql.table(table)} t WHERE t.${sql.raw(fk)} = ${sql.ref(ref)}
    ORDER BY CASE WHEN t.language = ${language} THEN 0 WHEN t.language = 'en' THEN 1 ELSE 2 END,
    t.language LIMIT 1)`;
}

/** The resource's uses: courses, then events, then practices, each by title. */
export async function selectUses(
  db: Db,
  resourceId: number,
  language: string,
): Promise<ResourceUse[]> {
  const rows = await db
    .selectFrom('resource_uses as u')
    .leftJoin('courses as c', 'c.id', 'u.course_id')
    .leftJoin('events as e', 'e.id', 'u.event_id')
    .leftJoin('practices as p', 'p.id', 'u.practice_id')
    .select([
      'u.id',
      'c.slug as courseSlug',
      'c.status as courseStatus',
      translatedTitle('course_translations', 'c.id', language).as('courseTitle'),
      'e.slug as eventSlug',
      'e.status as eventStatus',
      translatedTitle('event_translations', 'e.id', language).as('eventTitle'),
      'p.slug as practiceSlug',
      'p.status as practiceStatus',
      'p.title as practiceTitle',
    ])
    .where('u.resource_id', '=', resourceId)
    .orderBy('u.id')
    .execute();
  const uses: ResourceUse[] = [];
  for (const r of rows) {
    if (r.courseSlug !== null)
      uses.push({
        id: r.id,
        kind: 'course',
        slug: r.courseSlug,
        title: r.courseTitle ?? r.courseSlug,
        isPublic: r.courseStatus === 'published',
      });
    else if (r.eventSlug !== null)
      uses.push({
        id: r.id,
        kind: 'event',
        slug: r.eventSlug,
        title: r.eventTitle ?? r.eventSlug,
        isPublic: r.eventStatus !== 'draft',
      });
    else if (r.practiceSlug !== null)
      uses.push({
        id: r.id,
        kind: 'practice',
        slug: r.practiceSlug,
        title: r.practiceTitle ?? r.practiceSlug,
        isPublic: r.practiceStatus === 'published',
      });
  }
  const order: Record<UseKind, number> = { course: 0, event: 1, practice: 2 };
  const collator = new Intl.Collator(language);
  return uses.sort((a, b) => order[a.kind] - order[b.kind] || collator.compare(a.title, b.title));
}

/** What an editor may link a resource to: published courses, events that are not drafts, published practices. */
export async function selectChoices(db: Db, language: string): Promise<Record<UseKind, Choice[]>> {
  const [courses, events, practices] = await Promise.all([
    db
      .selectFrom('courses as c')
      .select(['c.id', translatedTitle('course_translations', 'c.id', language).as('title')])
      .where('c.status', '=', 'published')
      .execute(),
    db
      .selectFrom('events as e')
      .select(['e.id', translatedTitle('event_translations', 'e.id', language).as('title')])
      .where('e.status', '<>', 'draft')
      .execute(),
    db
      .selectFrom('practices as p')
      .select(['p.id', 'p.title'])
      .where('p.status', '=', 'published')
      .execute(),
  ]);
  const collator = new Intl.Collator(language);
  const sorted = (rows: Array<{ id: number; title: string | null }>): Choice[] =>
    rows
      .map((r) => ({ id: r.id, title: r.title ?? String(r.id) }))
      .sort((a, b) => collator.compare(a.title, b.title));
  return { course: sorted(courses), event: sorted(events), practice: sorted(practices) };
}

/** Whether `id` names something a resource may be linked to (see selectChoices). */
export async function isChoosable(db: Db, kind: UseKind, id: number): Promise<boolean> {
  const row =
    kind === 'course'
      ? await db
          .selectFrom('courses')
          .select('id')
          .where('id', '=', id)
          .where('status', '=', 'published')
          .executeTakeFirst()
      : kind === 'event'
        ? await db
            .selectFrom('events')
            .select('id')
            .where('id', '=', id)
            .where('status', '<>', 'draft')
            .executeTakeFirst()
        : await db
            .selectFrom('practices')
            .select('id')
            .where('id', '=', id)
            .where('status', '=', 'published')
            .executeTakeFirst();
  return row !== undefined;
}

const COLUMN = { course: 'course_id', event: 'event_id', practice: 'practice_id' } as const;

/** Links the resource to a course, event or practice; undefined when it was linked already. */
export async function insertUse(
  db: Db,
  u: { resourceId: number; kind: UseKind; subjectId: number; createdBy: number },
  at: string,
): Promise<number | undefined> {
  const column = COLUMN[u.kind];
  const row = await db
    .insertInto('resource_uses')
    .values({
      resource_id: u.resourceId,
      [column]: u.subjectId,
      created_by: u.createdBy,
      created_at: at,
    })
    .onConflict((oc) => oc.columns([column, 'resource_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** Deletes one use of this resource; what it named, or undefined when it had no such use. */
export async function deleteUse(
  db: Db,
  resourceId: number,
  useId: number,
): Promise<{ kind: UseKind; subjectId: number } | undefined> {
  const row = await db
    .deleteFrom('resource_uses')
    .where('resource_id', '=', resourceId)
    .where('id', '=', useId)
    .returning(['course_id', 'event_id', 'practice_id'])
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.course_id !== null) return { kind: 'course', subjectId: row.course_id };
  if (row.event_id !== null) return { kind: 'event', subjectId: row.event_id };
  return { kind: 'practice', subjectId: Number(row.practice_id) };
}
