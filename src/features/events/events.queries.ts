import type { Db } from '../../db/database.ts';

// SQL that writes events: their rows, texts, themes, organisers and people (reads: event-reads.queries.ts).

export type EventKind =
  'workshop' | 'webinar' | 'study_visit' | 'conference' | 'expert_meeting' | 'live_session';

/** The fields of an event row that every query about events hands out, in TypeScript terms. */
export interface EventFields {
  slug: string;
  kind: string;
  status: string;
  organisationId: number;
  /** UTC instants; the event's own zone says how to show them. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venueCityId: number | null;
  venueAddress: string;
  onlineUrl: string;
  capacity: number | null;
  runId: number | null;
  /** The curriculum this event validated (expert meetings). */
  curriculumId: number | null;
}

/** When registration opens and closes, and whether the organiser approves each request. */
export interface RegistrationRules {
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  requiresApproval: boolean;
}

export interface NewEvent extends EventFields, RegistrationRules {
  kind: EventKind;
  status: 'draft' | 'published' | 'cancelled' | 'held';
  isDemo: boolean;
  createdBy: number | null;
}

/** A new event with its first text, its themes, and its owner among its organisers. */
export async function insertEvent(
  db: Db,
  e: NewEvent,
  text: { language: string; title: string; description: string },
  links: { themeIds: number[]; organiserIds: number[] },
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('events')
    .values({
      slug: e.slug,
      kind: e.kind,
      status: e.status,
      organisation_id: e.organisationId,
      starts_at: e.startsAt,
      ends_at: e.endsAt,
      time_zone: e.timeZone,
      venue_city_id: e.venueCityId,
      venue_address: e.venueAddress,
      online_url: e.onlineUrl,
      capacity: e.capacity,
      seats_taken: 0,
      registration_opens_at: e.registrationOpensAt,
      registration_closes_at: e.registrationClosesAt,
      requires_approval: e.requiresApproval ? 1 : 0,
      run_id: e.runId,
      curriculum_id: e.curriculumId,
      is_demo: e.isDemo ? 1 : 0,
      created_by: e.createdBy,
      created_at: now,
      updated_at: now,
      published_at: e.status === 'draft' ? null : now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('event_translations')
    .values({ event_id: id, ...text })
    .execute();
  if (links.themeIds.length > 0)
    await db
      .insertInto('event_themes')
      .values(links.themeIds.map((theme_id) => ({ event_id: id, theme_id })))
      .execute();
  const organisers = [...new Set([e.organisationId, ...links.organiserIds])];
  await db
    .insertInto('event_organisers')
    .values(organisers.map((organisation_id) => ({ event_id: id, organisation_id })))
    .execute();
  return id;
}

/** Adds officials to the event as facilitators or speakers (again: nothing changes). */
export async function insertEventPeople(
  db: Db,
  eventId: number,
  people: Array<{ userId: number; role: 'facilitator' | 'speaker' }>,
): Promise<void> {
  if (people.length === 0) return;
  await db
    .insertInto('event_people')
    .values(people.map((p) => ({ event_id: eventId, user_id: p.userId, role: p.role })))
    .onConflict((oc) => oc.columns(['event_id', 'user_id', 'role']).doNothing())
    .execute();
}
