import type { Db } from '../../db/database.ts';

// SQL for evaluations of events and course runs, and the facts about an event they depend on.

export interface EvaluatedEvent {
  id: number;
  slug: string;
  status: string;
  startsAt: string;
  organiserIds: number[];
  facilitatorIds: number[];
  titles: Record<string, string>;
}

/** The event with who organises and facilitates it, and its titles by language. */
export async function selectEvaluatedEvent(
  db: Db,
  where: { id: number } | { slug: string },
): Promise<EvaluatedEvent | undefined> {
  let q = db.selectFrom('events').select(['id', 'slug', 'status', 'starts_at']);
  q = 'id' in where ? q.where('id', '=', where.id) : q.where('slug', '=', where.slug);
  const row = await q.executeTakeFirst();
  if (!row) return undefined;
  const [organisers, people, texts] = await Promise.all([
    db
      .selectFrom('event_organisers')
      .select('organisation_id')
      .where('event_id', '=', row.id)
      .execute(),
    db
      .selectFrom('event_people')
      .select('user_id')
      .where('event_id', '=', row.id)
      .where('role', '=', 'facilitator')
      .execute(),
    db
      .selectFrom('event_translations')
      .select(['language', 'title'])
      .where('event_id', '=', row.id)
      .execute(),
  ]);
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    startsAt: row.starts_at,
    organiserIds: organisers.map((o) => o.organisation_id),
    facilitatorIds: people.map((p) => p.user_id),
    titles: Object.fromEntries(texts.map((t) => [t.language, t.title])),
  };
}

export async function selectRegistrationStatus(
  db: Db,
  eventId: number,
  userId: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('registrations')
    .select('status')
    .where('event_id', '=', eventId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.status;
}

export type Subject = { eventId: number } | { runId: number };

function subjectFilter(s: Subject) {
  return 'eventId' in s
    ? ({ column: 'event_id', id: s.eventId } as const)
    : ({ column: 'run_id', id: s.runId } as const);
}

export async function hasEvaluation(db: Db, subject: Subject, userId: number): Promise<boolean> {
  const { column, id } = subjectFilter(subject);
  const row = await db
    .selectFrom('evaluations')
    .select('id')
    .where(column, '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export interface NewEvaluation {
  satisfaction: number;
  usefulness: number;
  relevance: number;
  willApply: string;
  comments: string;
}

/** Stores the response; false when the participant had already answered (the unique index). */
export async function insertEvaluation(
  db: Db,
  subject: Subject,
  userId: number,
  e: NewEvaluation,
  now: string,
): Promise<boolean> {
  const row = await db
    .insertInto('evaluations')
    .values({
      event_id: 'eventId' in subject ? subject.eventId : null,
      run_id: 'runId' in subject ? subject.runId : null,
      user_id: userId,
      satisfaction: e.satisfaction,
      usefulness: e.usefulness,
      relevance: e.relevance,
      will_apply: e.willApply,
      comments: e.comments,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export interface EvaluationSummary {
  responses: number;
  attended: number;
  averages: { satisfaction: number; usefulness: number; relevance: number } | null;
  /** Per score field, how many answered 1…5 (index 0 = score 1). */
  distribution: { satisfaction: number[]; usefulness: number[]; relevance: number[] };
  answers: Array<{ willApply: string; comments: string; createdAt: string }>;
}

/** Counts, averages and the open answers (newest first) of an event's evaluations. */
export async function selectEventSummary(db: Db, eventId: number): Promise<EvaluationSummary> {
  const rows = await db
    .selectFrom('evaluations')
    .select(['satisfaction', 'usefulness', 'relevance', 'will_apply', 'comments', 'created_at'])
    .where('event_id', '=', eventId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const { attended } = await db
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<string | number>().as('attended'))
    .where('event_id', '=', eventId)
    .where('status', '=', 'attended')
    .executeTakeFirstOrThrow();
  const avg = (k: 'satisfaction' | 'usefulness' | 'relevance') =>
    rows.reduce((sum, r) => sum + r[k], 0) / rows.length;
  const dist = (k: 'satisfaction' | 'usefulness' | 'relevance') =>
    [1, 2, 3, 4, 5].map((n) => rows.filter((r) => r[k] === n).length);
  return {
    responses: rows.length,
    attended: Number(attended),
    averages:
      rows.length === 0
        ? null
        : {
            satisfaction: avg('satisfaction'),
            usefulness: avg('usefulness'),
            relevance: avg('relevance'),
          },
    distribution: {
      satisfaction: dist('satisfaction'),
      usefulness: dist('usefulness'),
      relevance: dist('relevance'),
    },
    answers: rows
      .filter((r) => r.will_apply !== '' || r.comments !== '')
      .map((r) => ({ willApply: r.will_apply, comments: r.comments, createdAt: r.created_at })),
  };
}
