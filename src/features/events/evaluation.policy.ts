import type { Actor } from '../accounts/actor.ts';
import { canOrganise, type EventAccessFacts } from './events.policy.ts';

// Who may evaluate an event and who may read the evaluations. Pure functions.

/** Only participants marked as attended evaluate an event. */
export function mayEvaluateEvent(registrationStatus: string | undefined): boolean {
  return registrationStatus === 'attended';
}

/** The event's organisers read its evaluations (they are anonymous to them). */
export function canReadEvaluations(actor: Actor | null, event: EventAccessFacts): boolean {
  return canOrganise(actor, event);
}
