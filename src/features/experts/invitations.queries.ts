import type { Db } from '../../db/database.ts';
import type { SubjectType } from './experts.policy.ts';

// SQL for invitations: the subjects an official may invite experts to, the invitations
// themselves (one per expert and subject), and adding an expert who accepts to the subject.

/** Who is asking: coordinators act on every subject; others on what they organise or facilitate. */
export interface InviterFacts {
  userId: number;
  isCoordinator: boolean;
  /** The organisation a partner editor acts for (its events), or null. */
  partnerOrganisationId: number | null;
}

export interface SubjectRow {
  type: SubjectType;
  id: number;
  slug: string;
  /** language → title */
  titles: Record<string, string>;
  when: string | null;
}

const LIMIT = 200;

function events(db: Db, who: InviterFacts, now: string) {
  return db
    .selectFrom('events as ev')
    .where('ev.status', 'in', ['draft', 'published'])
    .where('ev.ends_at', '>', now)
    .where((eb) => {
      if (who.isCoordinator) return eb.lit(true);
      const ors = [
        eb.exists(
          eb
            .selectFrom('event_people as p')
            .select('p.user_id')
            .whereRef('p.event_id', '=', 'ev.id')
            .where('p.user_id', '=', who.userId)
            .where('p.role', '=', 'facilitator'),
        ),
      ];
      const org = who.partnerOrganisationId;
      if (org !== null)
        ors.push(
          eb('ev.organisation_id', '=', org),
          eb.exists(
            eb
              .selectFrom('event_organisers as eo')
              .select('eo.event_id')
              .whereRef('eo.event_id', '=', 'ev.id')
              .where('eo.organisation_id', '=', org),
          ),
        );
      return eb.or(ors);
    });
}

function runs(db: Db, who: InviterFacts, today: string) {
  return db
    .selectFrom('runs as r')
    .innerJoin('courses as c', 'c.id', 'r.course_id')
    .where('r.status', '=', 'scheduled')
    .where((eb) => eb.or([eb('r.ends_on', 'is', null), eb('r.ends_on', '>=', today)]))
    .where((eb) =>
      who.isCoordinator
        ? eb.lit(true)
        : eb.exists(
            eb
              .selectFrom('run_facilitators as f')
              .select('f.run_id')
              .whereRef('f.run_id', '=', 'r.id')
              .where('f.user_id', '=', who.userId),
          ),
    );
}

function exchanges(db: Db, who: InviterFacts) {
  let q = db.selectFrom('exchanges as x').where('x.status', 'in', ['proposed', 'active']);
  if (!who.isCoordinator) q = q.where('x.facilitator_id', '=', who.userId);
  return q;
}

/** The open subjects the official may invite experts to (each kind soonest first, capped). */
export async function selectSubjects(
  db: Db,
  who: InviterFacts,
  now: string,
): Promise<SubjectRow[]> {
  const eventRows = await events(db, who, now)
    .select(['ev.id', 'ev.slug', 'ev.starts_at as when'])
    .orderBy('ev.starts_at')
    .limit(LIMIT)
    .execute();
  const runRows = await runs(db, who, now.slice(0, 10))
    .select(['r.id', 'c.id as courseId', 'c.slug', 'r.title', 'r.starts_on as when'])
    .orderBy('r.starts_on')
    .orderBy('r.id')
    .limit(LIMIT)
    .execute();
  const exchangeRows = await exchanges(db, who)
    .select(['x.id', 'x.slug', 'x.title', 'x.created_at as when'])
    .orderBy('x.title')
    .limit(LIMIT)
    .execute();
  const eventTitles = await titlesOf(
    db,
    'event',
    eventRows.map((r) => r.id),
  );
  const courseTitles = await titlesOf(
    db,
    'run',
    runRows.map((r) => r.courseId),
  );
  return [
    ...eventRows.map((r) => ({
      type: 'event' as const,
      id: r.id,
      slug: r.slug,
      titles: eventTitles.get(r.id) ?? {},
      when: r.when,
    })),
    ...runRows.map((r) => ({
      type: 'run' as const,
      id: r.id,
      slug: r.slug,
      titles: withRunTitle(courseTitles.get(r.courseId) ?? {}, r.title),
      when: r.when,
    })),
    ...exchangeRows.map((r) => ({
      type: 'exchange' as const,
      id: r.id,
      slug: r.slug,
      titles: { '': r.title },
      when: null,
    })),
  ];
}

function withRunTitle(titles: Record<string, string>, runTitle: string): Record<string, string> {
  if (!runTitle) return titles;
  return Object.fromEntries(Object.entries(titles).map(([l, t]) => [l, `${t} — ${runTitle}`]));
}

/** Event ids, or course ids for runs → language → title. */
async function titlesOf(
  db: Db,
  type: 'event' | 'run',
  ids: number[],
): Promise<Map<number, Record<string, string>>> {
  const out = new Map<number, Record<string, string>>();
  if (ids.length === 0) return out;
  const rows =
    type === 'event'
      ? await db
          .selectFrom('event_translations')
          .select(['event_id as id', 'language', 'title'])
          .where('event_id', 'in', ids)
          .execute()
      : await db
          .selectFrom('course_translations')
          .select(['course_id as id', 'language', 'title'])
          .where('course_id', 'in', ids)
          .execute();
  for (const r of rows) {
    const titles = out.get(r.id) ?? {};
    titles[r.language] = r.title;
    out.set(r.id, titles);
  }
  return out;
}

/** One subject by type and id, if it is open and the official may invite to it. */
export async function selectSubject(
  db: Db,
  who: InviterFacts,
  type: SubjectType,
  id: number,
  now: string,
): Promise<boolean> {
  const row =
    type === 'event'
      ? await events(db, who, now).select('ev.id').where('ev.id', '=', id).executeTakeFirst()
      : type === 'run'
        ? await runs(db, who, now.slice(0, 10))
            .select('r.id')
            .where('r.id', '=', id)
            .executeTakeFirst()
        : await exchanges(db, who).select('x.id').where('x.id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/**
 * Records an invitation, or renews a declined one; undefined when one is pending or accepted
 * already. One statement, so parallel posts leave one row on both databases.
 */
export async function upsertInvitation(
  db: Db,
  i: { expertId: number; type: SubjectType; subjectId: number; message: string; by: number },
  now: string,
): Promise<number | undefined> {
  const row = await db
    .insertInto('expert_invitations')
    .values({
      expert_id: i.expertId,
      subject_type: i.type,
      subject_id: i.subjectId,
      message: i.message,
      status: 'pending',
      invited_by: i.by,
      created_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['expert_id', 'subject_type', 'subject_id'])
        .doUpdateSet({
          status: 'pending',
          message: i.message,
          invited_by: i.by,
          created_at: now,
          responded_at: null,
        })
        .where('expert_invitations.status', '=', 'declined'),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}
