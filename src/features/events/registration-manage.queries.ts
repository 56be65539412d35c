import type { Db } from '../../db/database.ts';
import type { RegistrationStatus } from './registration.queries.ts';

// SQL for the organisers' side of registration: who organises and facilitates, who registered.

/** Who organises the event (owner and partners) and who facilitates it, for the policy. */
export async function selectAccessFacts(
  db: Db,
  eventId: number,
): Promise<{ organiserIds: number[]; facilitatorIds: number[] }> {
  const organisers = await db
    .selectFrom('event_organisers')
    .select('organisation_id')
    .where('event_id', '=', eventId)
    .execute();
  const people = await db
    .selectFrom('event_people')
    .select('user_id')
    .where('event_id', '=', eventId)
    .where('role', '=', 'facilitator')
    .execute();
  return {
    organiserIds: organisers.map((o) => o.organisation_id),
    facilitatorIds: people.map((p) => p.user_id),
  };
}

export interface RegistrationListRow {
  id: number;
  name: string;
  email: string;
  status: RegistrationStatus;
  answers: Array<{ prompt: string; answer: string }>;
}

/** Every registration of the event with its answers, in the order they came. */
export async function selectEventRegistrations(
  db: Db,
  eventId: number,
): Promise<RegistrationListRow[]> {
  const rows = await db
    .selectFrom('registrations as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.id', 'u.name', 'u.email', 'r.status'])
    .where('r.event_id', '=', eventId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  const answers = await db
    .selectFrom('registration_answers as a')
    .innerJoin('registrations as r', 'r.id', 'a.registration_id')
    .innerJoin('event_questions as q', 'q.id', 'a.question_id')
    .select(['a.registration_id', 'q.prompt', 'a.answer'])
    .where('r.event_id', '=', eventId)
    .orderBy('q.position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    status: r.status as RegistrationStatus,
    answers: answers
      .filter((a) => a.registration_id === r.id)
      .map((a) => ({ prompt: a.prompt, answer: a.answer })),
  }));
}
