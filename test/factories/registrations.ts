import type { Deps } from '../../src/deps.ts';

// Registrations written straight into the table, for tests of what follows registration
// (calendar feeds, attendance, evaluations) without going through the registration pages.

export type RegistrationStatus =
  'pending' | 'registered' | 'waitlisted' | 'cancelled' | 'declined' | 'attended' | 'no_show';

/** A registration of the official for the event (registered unless told otherwise). */
export async function register(
  deps: Deps,
  eventId: number,
  userId: number,
  status: RegistrationStatus = 'registered',
): Promise<{ id: number }> {
  const now = new Date().toISOString();
  return deps.db
    .insertInto('registrations')
    .values({
      event_id: eventId,
      user_id: userId,
      status,
      registered_at: status === 'waitlisted' || status === 'pending' ? null : now,
      waitlisted_at: status === 'waitlisted' ? now : null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
