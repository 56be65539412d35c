import type { RegistrableEvent, RegistrationStatus } from './registration.queries.ts';

// Pure rules of registration: when an event takes registrations, and which places can be left.

export type Closure = 'cancelled' | 'past' | 'closed' | 'notYetOpen';

/** Why the event takes no registrations now, or null when it does (drafts are never shown). */
export function closureOf(event: RegistrableEvent, now = new Date()): Closure | null {
  const at = now.toISOString();
  if (event.status === 'cancelled') return 'cancelled';
  if (event.status === 'held' || event.startsAt <= at) return 'past';
  if (event.registrationClosesAt !== null && event.registrationClosesAt <= at) return 'closed';
  if (event.registrationOpensAt !== null && event.registrationOpensAt > at) return 'notYetOpen';
  return null;
}

/** Places an official may leave by cancelling. */
export const CANCELLABLE: RegistrationStatus[] = ['pending', 'registered', 'waitlisted'];

/** Places that let one register again (a new row is never needed: the old one is reused). */
export const RESTARTABLE: RegistrationStatus[] = ['cancelled'];

/** Only registered (or attended) participants see the online link. */
export function seesOnlineLink(status: RegistrationStatus | null): boolean {
  return status === 'registered' || status === 'attended';
}
