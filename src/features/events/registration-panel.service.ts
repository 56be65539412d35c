import type { Deps } from '../../deps.ts';
import type { Actor } from '../accounts/actor.ts';
import { closureOf, seesOnlineLink, type Closure } from './registration.policy.ts';
import * as q from './registration.queries.ts';

// What the registration panel of an event page shows to this visitor.

export interface RegistrationState {
  slug: string;
  signedIn: boolean;
  /** The visitor's place, or null when they have none. */
  status: q.RegistrationStatus | null;
  /** Place on the waiting list (1 = next), when waiting. */
  waitlistPlace: number | null;
  closure: Closure | null;
  full: boolean;
  requiresApproval: boolean;
  questions: q.Question[];
  /** Only for registered participants. */
  onlineUrl: string | null;
}

/** The visitor's registration state at the event (by id), for the event page's panel. */
export async function registrationOf(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
): Promise<RegistrationState | null> {
  const event = await q.selectEvent(deps.db, { id: eventId });
  if (!event || event.status === 'draft') return null;
  const mine = actor
    ? await q.selectRegistration(deps.db, { eventId, userId: actor.id })
    : undefined;
  const status = mine?.status ?? null;
  return {
    slug: event.slug,
    signedIn: actor !== null,
    status,
    waitlistPlace:
      mine?.status === 'waitlisted' ? await q.selectWaitlistPlace(deps.db, mine) : null,
    closure: closureOf(event),
    full: event.capacity !== null && event.seatsTaken >= event.capacity,
    requiresApproval: event.requiresApproval,
    questions: actor ? await q.selectQuestions(deps.db, eventId) : [],
    // Only web addresses are ever shown as a link (never javascript: or the like).
    onlineUrl:
      seesOnlineLink(status) && /^https?:\/\//i.test(event.onlineUrl) ? event.onlineUrl : null,
  };
}

/** The event's title in this language, else English, else any (for the registration form page). */
export async function eventTitleFor(deps: Deps, eventId: number, lang: string): Promise<string> {
  const titles = await q.selectEventTitles(deps.db, eventId);
  return titles[lang] ?? titles.en ?? Object.values(titles)[0] ?? '';
}
