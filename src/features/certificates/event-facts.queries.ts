import type { Db } from '../../db/database.ts';

// What an event's participation certificate states, read from the registration, the event and the
// attendee when it is issued.

export interface EventFacts {
  registrationId: number;
  userId: number;
  email: string;
  name: string;
  preferredLanguage: string;
  eventSlug: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  titles: Record<string, string>;
  /** The event's owner first, then its other organisers by name. */
  issuers: string[];
  /** The event's first facilitator, or ''. */
  facilitatorName: string;
}

export async function selectEventFacts(
  db: Db,
  registrationId: number,
): Promise<EventFacts | undefined> {
  const row = await db
    .selectFrom('registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .where('r.id', '=', registrationId)
    .select([
      'r.id as registrationId',
      'u.id as userId',
      'u.email',
      'u.name',
      'u.preferred_language as preferredLanguage',
      'e.id as eventId',
      'e.slug as eventSlug',
      'e.starts_at as startsAt',
      'e.ends_at as endsAt',
      'e.time_zone as timeZone',
      'o.name as ownerName',
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const [texts, organisers, facilitator] = await Promise.all([
    db
      .selectFrom('event_translations')
      .select(['language', 'title'])
      .where('event_id', '=', row.eventId)
      .execute(),
    db
      .selectFrom('event_organisers as eo')
      .innerJoin('organisations as o', 'o.id', 'eo.organisation_id')
      .select('o.name')
      .where('eo.event_id', '=', row.eventId)
      .orderBy('o.name_search')
      .execute(),
    db
      .selectFrom('event_people as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select('u.name')
      .where('p.event_id', '=', row.eventId)
      .where('p.role', '=', 'facilitator')
      .orderBy('u.id')
      .limit(1)
      .executeTakeFirst(),
  ]);
  return {
    registrationId: row.registrationId,
    userId: row.userId,
    email: row.email,
    name: row.name,
    preferredLanguage: row.preferredLanguage,
    eventSlug: row.eventSlug,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    titles: Object.fromEntries(texts.map((t) => [t.language, t.title])),
    issuers: [row.ownerName, ...organisers.map((o) => o.name).filter((n) => n !== row.ownerName)],
    facilitatorName: facilitator?.name ?? '',
  };
}
