import type { Deps } from '../../deps.ts';
import { queueEmail } from '../../mail/mail.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { issueEventCertificate } from '../certificates/issue-event.service.ts';
import { attendedEmail } from './attendance-mail.ts';
import {
  ON_LIST,
  selectAttendees,
  selectContact,
  selectRegistrationOf,
  updateAllAttended,
  updateAttendance,
  type Attendee,
} from './attendance.queries.ts';
import { selectEvaluatedEvent, type EvaluatedEvent } from './evaluation.queries.ts';
import { canSeeRegistrations } from './events.policy.ts';

// Attendance: organisers and the event's facilitators mark who came, once the event has started.
// Marking someone present issues their participation certificate and e-mails them with it and
// the evaluation, in the same transaction (a rolled-back mark leaves neither).

export interface AttendanceSheet {
  event: { id: number; slug: string; title: string; startsAt: string; canMark: boolean };
  attendees: Attendee[];
}

async function requireAttendanceAccess(deps: Deps, actor: Actor | null, eventId: number) {
  const me = requireActor(actor);
  const event = await selectEvaluatedEvent(deps.db, { id: eventId });
  if (!event) throw new AppError('NOT_FOUND', 'attendance.errors.eventNotFound');
  if (!canSeeRegistrations(me, event))
    throw new AppError('FORBIDDEN', 'attendance.errors.notOrganiser');
  return { me, event };
}

function canMark(event: EvaluatedEvent, now = new Date()): boolean {
  return (
    (event.status === 'published' || event.status === 'held') && new Date(event.startsAt) <= now
  );
}

function requireMarkable(event: EvaluatedEvent): void {
  if (event.status !== 'published' && event.status !== 'held')
    throw new AppError('CONFLICT', 'attendance.errors.notMarkable');
  if (!canMark(event)) throw new AppError('CONFLICT', 'attendance.errors.notStarted');
}

/** The attendance list (and sign-in sheet) of an event, for its organisers and facilitators. */
export async function attendanceSheet(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
  lang: string,
): Promise<AttendanceSheet> {
  const { event } = await requireAttendanceAccess(deps, actor, eventId);
  const t = event.titles;
  return {
    event: {
      id: event.id,
      slug: event.slug,
      title: t[lang] ?? t.en ?? Object.values(t)[0] ?? event.slug,
      startsAt: event.startsAt,
      canMark: canMark(event),
    },
    attendees: await selectAttendees(deps.db, event.id),
  };
}

async function attended(deps: Deps, event: EvaluatedEvent, registrationId: number): Promise<void> {
  const code = await issueEventCertificate(deps, registrationId);
  const contact = await selectContact(deps.db, registrationId);
  if (contact) await queueEmail(deps.db, attendedEmail(deps.config, contact, event, code));
}

/** Marks one participant as attended or absent; 'unchanged' when it already was so. */
export async function markAttendance(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
  mark: { registrationId: number; status: 'attended' | 'no_show' },
): Promise<'marked' | 'unchanged'> {
  const { me, event } = await requireAttendanceAccess(deps, actor, eventId);
  requireMarkable(event);
  const changed = await deps.db.transaction().execute(async (tx) => {
    const now = new Date().toISOString();
    const done = await updateAttendance(tx, { eventId, ...mark, by: me.id }, now);
    if (done && mark.status === 'attended')
      await attended({ ...deps, db: tx }, event, mark.registrationId);
    return done;
  });
  if (changed) return 'marked';
  const status = await selectRegistrationOf(deps.db, eventId, mark.registrationId);
  if (!status || !(ON_LIST as readonly string[]).includes(status))
    throw new AppError('NOT_FOUND', 'attendance.errors.notRegistered');
  if (status === mark.status) return 'unchanged';
  throw new AppError('CONFLICT', 'attendance.errors.alreadyAttended');
}

/** Marks everyone still registered as attended; returns how many this call marked. */
export async function markAllAttended(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
): Promise<number> {
  const { me, event } = await requireAttendanceAccess(deps, actor, eventId);
  requireMarkable(event);
  return deps.db.transaction().execute(async (tx) => {
    const ids = await updateAllAttended(tx, eventId, me.id, new Date().toISOString());
    for (const id of ids) await attended({ ...deps, db: tx }, event, id);
    return ids.length;
  });
}
