import type { Db } from '../../db/database.ts';
import type { SubjectType } from './experts.policy.ts';

// SQL for reading and answering invitations, and for adding an expert who accepts to the event
// (as a speaker), the run (as a facilitator) or the exchange (as a participant).

export interface Invitation {
  id: number;
  expertId: number;
  expertUserId: number;
  expertName: string;
  subjectType: SubjectType;
  subjectId: number;
  message: string;
  status: string;
  invitedBy: number | null;
  inviterName: string | null;
  createdAt: string;
  respondedAt: string | null;
}

function invitations(db: Db) {
  return db
    .selectFrom('expert_invitations as i')
    .innerJoin('experts as e', 'e.id', 'i.expert_id')
    .innerJoin('users as eu', 'eu.id', 'e.user_id')
    .leftJoin('users as iu', 'iu.id', 'i.invited_by')
    .select([
      'i.id',
      'i.expert_id as expertId',
      'e.user_id as expertUserId',
      'eu.name as expertName',
      'i.subject_type as subjectType',
      'i.subject_id as subjectId',
      'i.message',
      'i.status',
      'i.invited_by as invitedBy',
      'iu.name as inviterName',
      'i.created_at as createdAt',
      'i.responded_at as respondedAt',
    ]);
}

const typed = <T extends { subjectType: string }>(r: T) =>
  ({ ...r, subjectType: r.subjectType as SubjectType }) as T & { subjectType: SubjectType };

export async function selectInvitation(db: Db, id: number): Promise<Invitation | undefined> {
  const row = await invitations(db).where('i.id', '=', id).executeTakeFirst();
  return row ? typed(row) : undefined;
}

/** The official's invitations as an expert: pending first, then newest first. */
export async function selectInvitationsOfUser(db: Db, userId: number): Promise<Invitation[]> {
  const rows = await invitations(db)
    .where('e.user_id', '=', userId)
    .orderBy((eb) => eb.case().when('i.status', '=', 'pending').then(0).else(1).end())
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(500)
    .execute();
  return rows.map(typed);
}

/** Answers a pending invitation; false when it was answered already. */
export async function answerInvitation(
  db: Db,
  id: number,
  status: 'accepted' | 'declined',
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('expert_invitations')
    .set({ status, responded_at: now })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Adds the expert to the subject. An exchange takes only members of its cities as participants
 * (its own rule), so an expert from elsewhere is not added: the acceptance is recorded alone.
 * Returns whether the expert was added.
 */
export async function addExpertTo(
  db: Db,
  type: SubjectType,
  subjectId: number,
  userId: number,
): Promise<boolean> {
  if (type === 'event') {
    await db
      .insertInto('event_people')
      .values({ event_id: subjectId, user_id: userId, role: 'speaker' })
      .onConflict((oc) => oc.doNothing())
      .execute();
    return true;
  }
  if (type === 'run') {
    await db
      .insertInto('run_facilitators')
      .values({ run_id: subjectId, user_id: userId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    return true;
  }
  const member = await db
    .selectFrom('exchange_cities as c')
    .innerJoin('users as u', 'u.organisation_id', 'c.organisation_id')
    .select('u.id')
    .where('c.exchange_id', '=', subjectId)
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!member) return false;
  await db
    .insertInto('exchange_participants')
    .values({ exchange_id: subjectId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return true;
}

/** Titles of the invitations' subjects (language → title), and their slugs, by "type:id". */
export async function selectSubjectLabels(
  db: Db,
  list: Array<{ subjectType: SubjectType; subjectId: number }>,
): Promise<Map<string, { slug: string; titles: Record<string, string> }>> {
  const out = new Map<string, { slug: string; titles: Record<string, string> }>();
  const ids = (type: SubjectType) =>
    list.filter((i) => i.subjectType === type).map((i) => i.subjectId);
  const put = (key: string, slug: string, language: string, title: string) => {
    const item = out.get(key) ?? { slug, titles: {} };
    item.titles[language] = title;
    out.set(key, item);
  };
  const eventIds = ids('event');
  if (eventIds.length)
    for (const r of await db
      .selectFrom('events as ev')
      .innerJoin('event_translations as t', 't.event_id', 'ev.id')
      .select(['ev.id', 'ev.slug', 't.language', 't.title'])
      .where('ev.id', 'in', eventIds)
      .execute())
      put(`event:${r.id}`, r.slug, r.language, r.title);
  const runIds = ids('run');
  if (runIds.length)
    for (const r of await db
      .selectFrom('runs as r')
      .innerJoin('courses as c', 'c.id', 'r.course_id')
      .innerJoin('course_translations as t', 't.course_id', 'c.id')
      .select(['r.id', 'r.title as runTitle', 'c.slug', 't.language', 't.title'])
      .where('r.id', 'in', runIds)
      .execute())
      put(`run:${r.id}`, r.slug, r.language, r.runTitle ? `${r.title} — ${r.runTitle}` : r.title);
  const exchangeIds = ids('exchange');
  if (exchangeIds.length)
    for (const r of await db
      .selectFrom('exchanges')
      .select(['id', 'slug', 'title'])
      .where('id', 'in', exchangeIds)
      .execute())
      put(`exchange:${r.id}`, r.slug, '', r.title);
  return out;
}
