import type { Db } from '../../db/database.ts';

// What a run certificate states, read from the run, its course and the learner when it is issued.

export interface RunFacts {
  enrolmentId: number;
  runId: number;
  userId: number;
  email: string;
  name: string;
  preferredLanguage: string;
  startsOn: string | null;
  endsOn: string | null;
  courseSlug: string;
  hours: number;
  titles: Record<string, string>;
  /** The course's owner first, then its partners by name. */
  issuers: string[];
  /** The run's first facilitator, or '' when it has none (a self-paced run). */
  facilitatorName: string;
}

export async function selectRunFacts(db: Db, enrolmentId: number): Promise<RunFacts | undefined> {
  const row = await db
    .selectFrom('enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .innerJoin('runs as r', 'r.id', 'e.run_id')
    .innerJoin('courses as c', 'c.id', 'r.course_id')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .where('e.id', '=', enrolmentId)
    .select([
      'e.id as enrolmentId',
      'u.id as userId',
      'u.email',
      'u.name',
      'u.preferred_language as preferredLanguage',
      'r.id as runId',
      'r.starts_on as startsOn',
      'r.ends_on as endsOn',
      'c.id as courseId',
      'c.slug as courseSlug',
      'c.duration_hours as hours',
      'o.name as ownerName',
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const [texts, partners, facilitator] = await Promise.all([
    db
      .selectFrom('course_translations')
      .select(['language', 'title'])
      .where('course_id', '=', row.courseId)
      .execute(),
    db
      .selectFrom('course_partners as p')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select('o.name')
      .where('p.course_id', '=', row.courseId)
      .orderBy('o.name_search')
      .execute(),
    db
      .selectFrom('run_facilitators as f')
      .innerJoin('users as u', 'u.id', 'f.user_id')
      .select('u.name')
      .where('f.run_id', '=', row.runId)
      .orderBy('u.id')
      .limit(1)
      .executeTakeFirst(),
  ]);
  const issuers = [
    row.ownerName,
    ...partners.map((p) => p.name).filter((n) => n !== row.ownerName),
  ];
  return {
    enrolmentId: row.enrolmentId,
    runId: row.runId,
    userId: row.userId,
    email: row.email,
    name: row.name,
    preferredLanguage: row.preferredLanguage,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    courseSlug: row.courseSlug,
    hours: Number(row.hours),
    titles: Object.fromEntries(texts.map((t) => [t.language, t.title])),
    issuers,
    facilitatorName: facilitator?.name ?? '',
  };
}
