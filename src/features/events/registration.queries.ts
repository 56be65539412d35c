import type { Db } from '../../db/database.ts';
import * as waitlist from '../../db/waitlist.queries.ts';

// SQL for registrations: an official's place at an event, its seats, answers and waiting list.

export type RegistrationStatus =
  'pending' | 'registered' | 'waitlisted' | 'cancelled' | 'declined' | 'attended' | 'no_show';

export interface RegistrableEvent {
  id: number;
  slug: string;
  status: 'draft' | 'published' | 'cancelled' | 'held';
  startsAt: string;
  endsAt: string;
  timeZone: string;
  onlineUrl: string;
  capacity: number | null;
  seatsTaken: number;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  requiresApproval: boolean;
  organisationId: number;
}

const EVENT_COLUMNS = [
  'id',
  'slug',
  'status',
  'starts_at',
  'ends_at',
  'time_zone',
  'online_url',
  'capacity',
  'seats_taken',
  'registration_opens_at',
  'registration_closes_at',
  'requires_approval',
  'organisation_id',
] as const;

function toEvent(r: {
  id: number;
  slug: string;
  status: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  online_url: string;
  capacity: number | null;
  seats_taken: number;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  requires_approval: number;
  organisation_id: number;
}): RegistrableEvent {
  return {
    id: r.id,
    slug: r.slug,
    status: r.status as RegistrableEvent['status'],
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    timeZone: r.time_zone,
    onlineUrl: r.online_url,
    capacity: r.capacity === null ? null : Number(r.capacity),
    seatsTaken: Number(r.seats_taken),
    registrationOpensAt: r.registration_opens_at,
    registrationClosesAt: r.registration_closes_at,
    requiresApproval: Number(r.requires_approval) === 1,
    organisationId: r.organisation_id,
  };
}

export async function selectEvent(
  db: Db,
  by: { slug: string } | { id: number },
): Promise<RegistrableEvent | undefined> {
  const row = await db
    .selectFrom('events')
    .select(EVENT_COLUMNS)
    .$call((q) => ('slug' in by ? q.where('slug', '=', by.slug) : q.where('id', '=', by.id)))
    .executeTakeFirst();
  return row && toEvent(row);
}

/** The event's titles by language. */
export async function selectEventTitles(db: Db, eventId: number): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('event_translations')
    .select(['language', 'title'])
    .where('event_id', '=', eventId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.language, r.title]));
}

export interface Question {
  id: number;
  prompt: string;
  isRequired: boolean;
}

export async function selectQuestions(db: Db, eventId: number): Promise<Question[]> {
  const rows = await db
    .selectFrom('event_questions')
    .select(['id', 'prompt', 'is_required'])
    .where('event_id', '=', eventId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ id: r.id, prompt: r.prompt, isRequired: Number(r.is_required) === 1 }));
}

/**
 * Takes a seat if one is left: one conditional UPDATE, so concurrent registrations can never
 * overbook, on either database. False when the event is full.
 */
export async function takeSeat(db: Db, eventId: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('events')
    .set((eb) => ({ seats_taken: eb('seats_taken', '+', 1), updated_at: now }))
    .where('id', '=', eventId)
    .where((eb) => eb.or([eb('capacity', 'is', null), eb('seats_taken', '<', eb.ref('capacity'))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a seat back (a cancellation). */
export async function releaseSeat(db: Db, eventId: number, now: string): Promise<void> {
  await db
    .updateTable('events')
    .set((eb) => ({ seats_taken: eb('seats_taken', '-', 1), updated_at: now }))
    .where('id', '=', eventId)
    .where('seats_taken', '>', 0)
    .execute();
}

export interface Registration {
  id: number;
  eventId: number;
  userId: number;
  status: RegistrationStatus;
  waitlistedAt: string | null;
}

const REGISTRATION_COLUMNS = ['id', 'event_id', 'user_id', 'status', 'waitlisted_at'] as const;

function toRegistration(r: {
  id: number;
  event_id: number;
  user_id: number;
  status: string;
  waitlisted_at: string | null;
}): Registration {
  return {
    id: r.id,
    eventId: r.event_id,
    userId: r.user_id,
    status: r.status as RegistrationStatus,
    waitlistedAt: r.waitlisted_at,
  };
}

export async function selectRegistration(
  db: Db,
  by: { eventId: number; userId: number } | { id: number },
): Promise<Registration | undefined> {
  const row = await db
    .selectFrom('registrations')
    .select(REGISTRATION_COLUMNS)
    .$call((q) =>
      'id' in by
        ? q.where('id', '=', by.id)
        : q.where('event_id', '=', by.eventId).where('user_id', '=', by.userId),
    )
    .executeTakeFirst();
  return row && toRegistration(row);
}

export async function insertRegistration(
  db: Db,
  r: { eventId: number; userId: number; status: RegistrationStatus },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('registrations')
    .values({
      event_id: r.eventId,
      user_id: r.userId,
      status: r.status,
      waitlisted_at: r.status === 'waitlisted' ? now : null,
      registered_at: r.status === 'registered' ? now : null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Moves a registration from one of `from` to `to`, stamping the matching time; false when another
 * request changed it first.
 */
export async function updateRegistrationStatus(
  db: Db,
  id: number,
  change: { from: RegistrationStatus[]; to: RegistrationStatus; decidedBy?: number },
  now: string,
): Promise<boolean> {
  const stamps: Record<string, string | null> =
    change.to === 'registered'
      ? { registered_at: now }
      : change.to === 'waitlisted'
        ? { waitlisted_at: now }
        : change.to === 'cancelled'
          ? { cancelled_at: now }
          : {};
  const result = await db
    .updateTable('registrations')
    .set({
      status: change.to,
      updated_at: now,
      ...stamps,
      ...(change.decidedBy === undefined ? {} : { decided_by: change.decidedBy, decided_at: now }),
    })
    .where('id', '=', id)
    .where('status', 'in', change.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces the registration's answers to the organiser's questions. */
export async function replaceAnswers(
  db: Db,
  registrationId: number,
  answers: Array<{ questionId: number; answer: string }>,
): Promise<void> {
  await db
    .deleteFrom('registration_answers')
    .where('registration_id', '=', registrationId)
    .execute();
  if (answers.length === 0) return;
  await db
    .insertInto('registration_answers')
    .values(
      answers.map((a) => ({
        registration_id: registrationId,
        question_id: a.questionId,
        answer: a.answer,
      })),
    )
    .execute();
}

/** The first in line on the event's waiting list. */
export function selectFirstWaitlisted(db: Db, eventId: number): Promise<number | undefined> {
  return waitlist.selectFirstWaitlisted(db, 'registrations', eventId);
}

/** The waiting registration's place in line. */
export function selectWaitlistPlace(db: Db, r: Registration): Promise<number> {
  return waitlist.selectWaitlistPlace(db, 'registrations', { ...r, parentId: r.eventId });
}

export interface Recipient {
  registrationId: number;
  userId: number;
  email: string;
  name: string;
  preferredLanguage: string;
}

/** The officials of these registrations, or of every registration of an event in these states. */
export async function selectRecipients(
  db: Db,
  by: { registrationIds: number[] } | { eventId: number; statuses: RegistrationStatus[] },
): Promise<Recipient[]> {
  let query = db
    .selectFrom('registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'r.id as registrationId',
      'u.id as userId',
      'u.email',
      'u.name',
      'u.preferred_language as preferredLanguage',
    ])
    .where('u.is_disabled', '=', 0);
  if ('registrationIds' in by) {
    if (by.registrationIds.length === 0) return [];
    query = query.where('r.id', 'in', by.registrationIds);
  } else query = query.where('r.event_id', '=', by.eventId).where('r.status', 'in', by.statuses);
  return query.orderBy('r.id').execute();
}
