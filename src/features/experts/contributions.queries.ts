import type { Db } from '../../db/database.ts';

// What an expert's page lists beside the profile: publications in the library, events spoken at
// and courses facilitated. Titles come in every language; the service picks the reader's.

export interface Titled {
  id: number;
  slug: string;
  /** language → title */
  titles: Record<string, string>;
  /** A date to show: the year of a resource, the start of an event or a run. */
  when: string | null;
}

function group(
  rows: Array<{ id: number; slug: string; language: string; title: string; when: string | null }>,
): Titled[] {
  const out = new Map<number, Titled>();
  for (const r of rows) {
    let item = out.get(r.id);
    if (!item) out.set(r.id, (item = { id: r.id, slug: r.slug, titles: {}, when: r.when }));
    item.titles[r.language] = r.title;
  }
  return [...out.values()];
}

/** Published resources the expert is an author of, newest first. */
export async function selectPublications(db: Db, expertId: number): Promise<Titled[]> {
  const rows = await db
    .selectFrom('resource_experts as re')
    .innerJoin('resources as r', 'r.id', 're.resource_id')
    .innerJoin('resource_translations as t', 't.resource_id', 'r.id')
    .select(['r.id', 'r.slug', 't.language', 't.title', 'r.published_at as when'])
    .where('re.expert_id', '=', expertId)
    .where('r.status', '=', 'published')
    .orderBy('r.published_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(300)
    .execute();
  return group(rows);
}

/** Published (or held) events where the official is a speaker, latest first. */
export async function selectSpokenEvents(db: Db, userId: number): Promise<Titled[]> {
  const rows = await db
    .selectFrom('event_people as p')
    .innerJoin('events as ev', 'ev.id', 'p.event_id')
    .innerJoin('event_translations as t', 't.event_id', 'ev.id')
    .select(['ev.id', 'ev.slug', 't.language', 't.title', 'ev.starts_at as when'])
    .where('p.user_id', '=', userId)
    .where('p.role', '=', 'speaker')
    .where('ev.status', 'in', ['published', 'held'])
    .orderBy('ev.starts_at', 'desc')
    .orderBy('ev.id', 'desc')
    .limit(300)
    .execute();
  return group(rows);
}

/** Published courses with a run the official facilitates (one row per course). */
export async function selectFacilitatedCourses(db: Db, userId: number): Promise<Titled[]> {
  const rows = await db
    .selectFrom('run_facilitators as f')
    .innerJoin('runs as r', 'r.id', 'f.run_id')
    .innerJoin('courses as c', 'c.id', 'r.course_id')
    .innerJoin('course_translations as t', 't.course_id', 'c.id')
    .select(['c.id', 'c.slug', 't.language', 't.title'])
    .select((eb) => eb.fn.max('r.starts_on').as('when'))
    .where('f.user_id', '=', userId)
    .where('c.status', '=', 'published')
    .where('r.status', '!=', 'cancelled')
    .groupBy(['c.id', 'c.slug', 't.language', 't.title'])
    .orderBy('c.id', 'desc')
    .limit(300)
    .execute();
  return group(rows);
}
