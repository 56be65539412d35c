import { isUniqueViolation, nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { tellRegistrants } from './registration-mail.ts';
import { scheduleReminder } from './registration-reminders.ts';
import { fillFromWaitlist } from './registration-seats.ts';
import { CANCELLABLE, closureOf, RESTARTABLE } from './registration.policy.ts';
import * as q from './registration.queries.ts';

// An official's own place at an event: register (or join the waiting list, or ask for approval)
// and cancel. There is never a registration id in the address: it is always the actor's own.

export interface PlaceResult {
  event: q.RegistrableEvent;
  status: q.RegistrationStatus;
  /** True when nothing changed because the official already had this place. */
  already: boolean;
}

/** A published (or held or cancelled) event by its slug; drafts and unknown slugs are a 404. */
export async function loadPublicEvent(deps: Deps, slug: string): Promise<q.RegistrableEvent> {
  const event = await q.selectEvent(deps.db, { slug });
  if (!event || event.status === 'draft')
    throw new AppError('NOT_FOUND', 'registrations.errors.notFound');
  return event;
}

/** Checks the answers against the event's questions: required ones must be answered. */
function checkAnswers(
  questions: q.Question[],
  answers: Record<string, string>,
): Array<{ questionId: number; answer: string }> {
  const errors: Record<string, string> = {};
  const out = [];
  for (const question of questions) {
    const answer = (answers[`answer_${question.id}`] ?? '').normalize('NFC').trim();
    if (answer.length > 1000) errors[`answer_${question.id}`] = 'common.errors.tooLong';
    else if (question.isRequired && answer === '')
      errors[`answer_${question.id}`] = 'common.errors.required';
    else if (answer !== '') out.push({ questionId: question.id, answer });
  }
  if (Object.keys(errors).length > 0)
    throw new AppError('VALIDATION', 'registrations.errors.answers', { fields: errors });
  return out;
}

class RaceLost extends Error {}

/**
 * Registers the official, taking a seat in the same transaction as the row; approval-required
 * events make a pending request instead. When full: 409, or the waiting list if asked for.
 * Registering twice answers with the place already held; after a cancellation the row is reused.
 */
export async function register(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: { waitlistIfFull: boolean; answers: Record<string, string> },
): Promise<PlaceResult> {
  const who = requireActor(actor);
  const event = await loadPublicEvent(deps, slug);
  const existing = await q.selectRegistration(deps.db, { eventId: event.id, userId: who.id });
  if (existing && !RESTARTABLE.includes(existing.status))
    return { event, status: existing.status, already: true };
  const closure = closureOf(event);
  if (closure) throw new AppError('CONFLICT', `registrations.errors.${closure}`);
  const answers = checkAnswers(await q.selectQuestions(deps.db, event.id), input.answers);
  try {
    const status = await deps.db.transaction().execute(async (tx) => {
      const now = nowIso();
      let to: q.RegistrationStatus = 'pending';
      if (!event.requiresApproval) {
        const seat = await q.takeSeat(tx, event.id, now);
        if (!seat && !input.waitlistIfFull)
          throw new AppError('CONFLICT', 'registrations.errors.full');
        to = seat ? 'registered' : 'waitlisted';
      }
      let id: number;
      if (existing) {
        const ok = await q.updateRegistrationStatus(
          tx,
          existing.id,
          { from: RESTARTABLE, to },
          now,
        );
        if (!ok) throw new RaceLost();
        id = existing.id;
      } else
        id = await q.insertRegistration(tx, { eventId: event.id, userId: who.id, status: to }, now);
      await q.replaceAnswers(tx, id, answers);
      if (to === 'registered') await scheduleReminder(tx, id, event.startsAt);
      await tellRegistrants(tx, deps.config, to, event, { registrationIds: [id] });
      return to;
    });
    return { event, status, already: false };
  } catch (err) {
    // A second submission that lost the race: the unique index kept one row; report its state.
    if (!(err instanceof RaceLost) && !isUniqueViolation(err)) throw err;
    const now = await q.selectRegistration(deps.db, { eventId: event.id, userId: who.id });
    if (!now) throw err;
    return { event, status: now.status, already: true };
  }
}

/**
 * Cancels the official's own registration (or place in line, or pending request). A freed seat
 * goes to the first in line in the same transaction, and they are told.
 */
export async function cancel(deps: Deps, actor: Actor | null, slug: string): Promise<PlaceResult> {
  const who = requireActor(actor);
  const event = await loadPublicEvent(deps, slug);
  // Retried when the place changed under us (promoted from the list while leaving it).
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await q.selectRegistration(deps.db, { eventId: event.id, userId: who.id });
    if (existing?.status === 'cancelled') return { event, status: 'cancelled', already: true };
    if (!existing || !CANCELLABLE.includes(existing.status))
      throw new AppError('CONFLICT', 'registrations.errors.nothingToCancel');
    if (closureOf(event) === 'past') throw new AppError('CONFLICT', 'registrations.errors.past');
    const changed = await deps.db.transaction().execute(async (tx) => {
      const now = nowIso();
      const from = [existing.status];
      if (!(await q.updateRegistrationStatus(tx, existing.id, { from, to: 'cancelled' }, now)))
        return false;
      if (existing.status === 'registered') {
        await q.releaseSeat(tx, event.id, now);
        if (event.status === 'published') await fillFromWaitlist(tx, deps.config, event, now);
      }
      return true;
    });
    if (changed) return { event, status: 'cancelled', already: false };
  }
  throw new AppError('CONFLICT', 'registrations.errors.tryAgain');
}
