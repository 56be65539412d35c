import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { canOrganise, canSeeEvent, canSeeRegistrations } from './events.policy.ts';
import { tellRegistrants } from './registration-mail.ts';
import { eventTitleFor } from './registration-panel.service.ts';
import { scheduleReminder } from './registration-reminders.ts';
import { selectAccessFacts, selectEventRegistrations } from './registration-manage.queries.ts';
import * as q from './registration.queries.ts';

// The organisers' side of registration: the list of who registered, and decisions on requests
// for approval-required events.

function parseId(value: string): number | null {
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

/** The event by the id in the address, once the actor may see its registrations (404/403). */
async function eventFor(deps: Deps, actor: Actor, id: string, need: 'see' | 'decide') {
  const eventId = parseId(id);
  const event = eventId === null ? undefined : await q.selectEvent(deps.db, { id: eventId });
  if (!event) throw new AppError('NOT_FOUND', 'registrations.errors.notFound');
  const facts = { status: event.status, ...(await selectAccessFacts(deps.db, event.id)) };
  if (!canSeeEvent(actor, facts)) throw new AppError('NOT_FOUND', 'registrations.errors.notFound');
  const allowed = need === 'see' ? canSeeRegistrations(actor, facts) : canOrganise(actor, facts);
  if (!allowed) throw new AppError('FORBIDDEN', 'registrations.errors.forbidden');
  return { event, mayDecide: canOrganise(actor, facts) };
}

/** Who registered for the event, with their answers; for organisers and facilitators. */
export async function listRegistrations(deps: Deps, actor: Actor | null, id: string, lang: string) {
  const who = requireActor(actor);
  const { event, mayDecide } = await eventFor(deps, who, id, 'see');
  return {
    event,
    title: await eventTitleFor(deps, event.id, lang),
    mayDecide,
    rows: await selectEventRegistrations(deps.db, event.id),
  };
}

export type Decision = 'accepted' | 'acceptedWaitlisted' | 'declined';

/**
 * Accepts (a seat, or the waiting list when full) or declines a pending request; the person is
 * e-mailed. Only organisers; a request already decided is a 409.
 */
export async function decide(
  deps: Deps,
  actor: Actor | null,
  id: string,
  registrationId: string,
  decision: 'accept' | 'decline',
): Promise<Decision> {
  const who = requireActor(actor);
  const { event } = await eventFor(deps, who, id, 'decide');
  const regId = parseId(registrationId);
  const registration =
    regId === null ? undefined : await q.selectRegistration(deps.db, { id: regId });
  if (registration?.eventId !== event.id)
    throw new AppError('NOT_FOUND', 'registrations.errors.unknownRegistration');
  const outcome = await deps.db.transaction().execute(async (tx) => {
    const now = nowIso();
    let to: q.RegistrationStatus = 'declined';
    if (decision === 'accept')
      to = (await q.takeSeat(tx, event.id, now)) ? 'registered' : 'waitlisted';
    const change = { from: ['pending' as const], to, decidedBy: who.id };
    if (!(await q.updateRegistrationStatus(tx, registration.id, change, now)))
      throw new AppError('CONFLICT', 'registrations.errors.notPending');
    if (to === 'registered') await scheduleReminder(tx, registration.id, event.startsAt);
    const message = to === 'registered' ? 'accepted' : to;
    await tellRegistrants(tx, deps.config, message, event, { registrationIds: [registration.id] });
    return to;
  });
  return outcome === 'registered'
    ? 'accepted'
    : outcome === 'waitlisted'
      ? 'acceptedWaitlisted'
      : 'declined';
}
