import type { Db } from '../../db/database.ts';

// What the discussions of an event need to know about it: who takes part and its name.

/** Registrations that count as taking part (confirmed or attended). */
const TAKING_PART = ['registered', 'attended'];

export interface EventDiscussionFacts {
  slug: string;
  status: string;
  organiserIds: number[];
  facilitatorIds: number[];
  /** Facilitators and speakers. */
  peopleIds: number[];
  /** Whether the asking official holds a confirmed or attended registration. */
  takesPart: boolean;
}

export async function selectEventDiscussionFacts(
  db: Db,
  eventId: number,
  userId: number,
): Promise<EventDiscussionFacts | undefined> {
  const event = await db
    .selectFrom('events')
    .select(['slug', 'status', 'organisation_id'])
    .where('id', '=', eventId)
    .executeTakeFirst();
  if (!event) return undefined;
  const [organisers, people, registration] = await Promise.all([
    db
      .selectFrom('event_organisers')
      .select('organisation_id')
      .where('event_id', '=', eventId)
      .execute(),
    db
      .selectFrom('event_people')
      .select(['user_id', 'role'])
      .where('event_id', '=', eventId)
      .execute(),
    db
      .selectFrom('registrations')
      .select('id')
      .where('event_id', '=', eventId)
      .where('user_id', '=', userId)
      .where('status', 'in', TAKING_PART)
      .executeTakeFirst(),
  ]);
  return {
    slug: event.slug,
    status: event.status,
    organiserIds: [event.organisation_id, ...organisers.map((o) => o.organisation_id)],
    facilitatorIds: people.filter((p) => p.role === 'facilitator').map((p) => p.user_id),
    peopleIds: people.map((p) => p.user_id),
    takesPart: registration !== undefined,
  };
}

/** The event's title in the language (else English, else any) and its slug. */
export async function selectEventName(
  db: Db,
  eventId: number,
  lang: string,
): Promise<{ title: string; slug: string } | undefined> {
  const rows = await db
    .selectFrom('events as e')
    .leftJoin('event_translations as t', 't.event_id', 'e.id')
    .select(['e.slug', 't.language', 't.title'])
    .where('e.id', '=', eventId)
    .execute();
  if (rows.length === 0) return undefined;
  const pick =
    rows.find((r) => r.language === lang) ?? rows.find((r) => r.language === 'en') ?? rows[0]!;
  return { title: pick.title ?? '', slug: pick.slug };
}

/** Officials with a confirmed or attended registration, by name. */
export async function selectEventParticipants(
  db: Db,
  eventId: number,
): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectFrom('registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.name'])
    .where('r.event_id', '=', eventId)
    .where('r.status', 'in', TAKING_PART)
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
}

/** Partner editors of the event's organisers (its own organisation and co-organisers). */
export async function selectEventEditorIds(db: Db, eventId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select('u.id')
    .where('r.role', '=', 'partner_editor')
    .where('u.is_disabled', '=', 0)
    .where((eb) =>
      eb.or([
        eb(
          'r.organisation_id',
          'in',
          eb.selectFrom('events').select('organisation_id').where('id', '=', eventId),
        ),
        eb(
          'r.organisation_id',
          'in',
          eb
            .selectFrom('event_organisers')
            .select('organisation_id')
            .where('event_id', '=', eventId),
        ),
      ]),
    )
    .distinct()
    .orderBy('u.id')
    .execute();
  return rows.map((r) => r.id);
}

/** Events an official takes part in, speaks at or facilitates (drafts left out). */
export async function selectEventIdsOf(db: Db, userId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('registrations as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select('e.id')
    .where('r.user_id', '=', userId)
    .where('r.status', 'in', TAKING_PART)
    .where('e.status', '!=', 'draft')
    .union(
      db
        .selectFrom('event_people as p')
        .innerJoin('events as e', 'e.id', 'p.event_id')
        .select('e.id')
        .where('p.user_id', '=', userId)
        .where('e.status', '!=', 'draft'),
    )
    .execute();
  return rows.map((r) => r.id).sort((a, b) => a - b);
}
