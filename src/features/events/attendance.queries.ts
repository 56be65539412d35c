import type { Db } from '../../db/database.ts';

// SQL for attendance: who is on the list, and the conditional updates that mark them.

export interface Attendee {
  registrationId: number;
  userId: number;
  name: string;
  email: string;
  preferredLanguage: string;
  organisation: string;
  status: 'registered' | 'attended' | 'no_show';
}

export const ON_LIST = ['registered', 'attended', 'no_show'] as const;

/** Everyone with a seat (registered) or already marked, by name. */
export async function selectAttendees(db: Db, eventId: number): Promise<Attendee[]> {
  const rows = await db
    .selectFrom('registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'r.id',
      'r.user_id',
      'r.status',
      'u.name',
      'u.email',
      'u.preferred_language',
      'o.name as organisation',
    ])
    .where('r.event_id', '=', eventId)
    .where('r.status', 'in', [...ON_LIST])
    .orderBy('u.name')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    registrationId: r.id,
    userId: r.user_id,
    name: r.name,
    email: r.email,
    preferredLanguage: r.preferred_language,
    organisation: r.organisation ?? '',
    status: r.status as Attendee['status'],
  }));
}

// Attended is final (it carries a certificate); a no-show may still turn out to have come.
const MARKABLE_FROM = {
  attended: ['registered', 'no_show'],
  no_show: ['registered'],
} as const;

/** Marks one registration; true when this call changed it (a repeat or a race changes nothing). */
export async function updateAttendance(
  db: Db,
  m: { eventId: number; registrationId: number; status: 'attended' | 'no_show'; by: number },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('registrations')
    .set({
      status: m.status,
      attendance_marked_by: m.by,
      attendance_marked_at: now,
      updated_at: now,
    })
    .where('id', '=', m.registrationId)
    .where('event_id', '=', m.eventId)
    .where('status', 'in', [...MARKABLE_FROM[m.status]])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks everyone still registered as attended; returns the registrations this call changed. */
export async function updateAllAttended(
  db: Db,
  eventId: number,
  by: number,
  now: string,
): Promise<number[]> {
  const rows = await db
    .updateTable('registrations')
    .set({
      status: 'attended',
      attendance_marked_by: by,
      attendance_marked_at: now,
      updated_at: now,
    })
    .where('event_id', '=', eventId)
    .where('status', '=', 'registered')
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The registration's current status, if it belongs to the event. */
export async function selectRegistrationOf(
  db: Db,
  eventId: number,
  registrationId: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('registrations')
    .select('status')
    .where('id', '=', registrationId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return row?.status;
}

export async function selectContact(
  db: Db,
  registrationId: number,
): Promise<{ email: string; name: string; preferredLanguage: string } | undefined> {
  const row = await db
    .selectFrom('registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.email', 'u.name', 'u.preferred_language'])
    .where('r.id', '=', registrationId)
    .executeTakeFirst();
  return row && { email: row.email, name: row.name, preferredLanguage: row.preferred_language };
}
