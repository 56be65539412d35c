import type { Db } from '../../db/database.ts';
import * as waitlist from '../../db/waitlist.queries.ts';

// SQL for enrolments: who is in which run, in which state.

export type EnrolmentStatus =
  'applied' | 'enrolled' | 'waitlisted' | 'withdrawn' | 'declined' | 'completed';

/**
 * Takes a seat if one is left: one conditional UPDATE, so concurrent enrolments can never
 * overbook, on either database. Returns false when the run is full.
 */
export async function takeSeat(db: Db, runId: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('runs')
    .set((eb) => ({ seats_taken: eb('seats_taken', '+', 1), updated_at: now }))
    .where('id', '=', runId)
    .where((eb) => eb.or([eb('seats', 'is', null), eb('seats_taken', '<', eb.ref('seats'))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Inserts an enrolment row in the given state (the caller has taken a seat for "enrolled"). */
export async function insertEnrolment(
  db: Db,
  e: {
    runId: number;
    userId: number;
    status: EnrolmentStatus;
    motivation?: string;
    organisationId?: number | null;
  },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('enrolments')
    .values({
      run_id: e.runId,
      user_id: e.userId,
      status: e.status,
      motivation: e.motivation ?? '',
      applicant_organisation_id: e.organisationId ?? null,
      waitlisted_at: e.status === 'waitlisted' ? now : null,
      enrolled_at: e.status === 'enrolled' ? now : null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Gives a seat back (a withdrawal, a cancelled acceptance). */
export async function releaseSeat(db: Db, runId: number, now: string): Promise<void> {
  await db
    .updateTable('runs')
    .set((eb) => ({ seats_taken: eb('seats_taken', '-', 1), updated_at: now }))
    .where('id', '=', runId)
    .where('seats_taken', '>', 0)
    .execute();
}

export interface Enrolment {
  id: number;
  runId: number;
  userId: number;
  status: EnrolmentStatus;
  waitlistedAt: string | null;
}

const ENROLMENT_COLUMNS = ['id', 'run_id', 'user_id', 'status', 'waitlisted_at'] as const;

function toEnrolment(r: {
  id: number;
  run_id: number;
  user_id: number;
  status: string;
  waitlisted_at: string | null;
}): Enrolment {
  return {
    id: r.id,
    runId: r.run_id,
    userId: r.user_id,
    status: r.status as EnrolmentStatus,
    waitlistedAt: r.waitlisted_at,
  };
}

export async function selectEnrolmentOf(
  db: Db,
  runId: number,
  userId: number,
): Promise<Enrolment | undefined> {
  const row = await db
    .selectFrom('enrolments')
    .select(ENROLMENT_COLUMNS)
    .where('run_id', '=', runId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row && toEnrolment(row);
}

export async function selectEnrolmentById(db: Db, id: number): Promise<Enrolment | undefined> {
  const row = await db
    .selectFrom('enrolments')
    .select(ENROLMENT_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toEnrolment(row);
}

/** The official's enrolments in these runs (for the course page). */
export async function selectEnrolmentsIn(
  db: Db,
  runIds: number[],
  userId: number,
): Promise<Enrolment[]> {
  if (runIds.length === 0) return [];
  const rows = await db
    .selectFrom('enrolments')
    .select(ENROLMENT_COLUMNS)
    .where('run_id', 'in', runIds)
    .where('user_id', '=', userId)
    .execute();
  return rows.map(toEnrolment);
}

/**
 * Moves an enrolment from one of `from` to `to`, stamping the time that goes with the new state;
 * false when another request changed it first (the caller then undoes what it did).
 */
export async function updateEnrolmentStatus(
  db: Db,
  id: number,
  change: {
    from: EnrolmentStatus[];
    to: EnrolmentStatus;
    motivation?: string;
    organisationId?: number | null;
    decidedBy?: number;
  },
  now: string,
): Promise<boolean> {
  const stamps = {
    enrolled: { enrolled_at: now },
    waitlisted: { waitlisted_at: now },
    withdrawn: { withdrawn_at: now },
    applied: { decided_by: null, decided_at: null },
    declined: {},
    completed: { completed_at: now },
  }[change.to];
  const result = await db
    .updateTable('enrolments')
    .set({
      status: change.to,
      updated_at: now,
      ...stamps,
      ...(change.motivation === undefined ? {} : { motivation: change.motivation }),
      ...(change.organisationId === undefined
        ? {}
        : { applicant_organisation_id: change.organisationId }),
      ...(change.decidedBy === undefined ? {} : { decided_by: change.decidedBy, decided_at: now }),
    })
    .where('id', '=', id)
    .where('status', 'in', change.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The first in line on the run's waiting list. */
export function selectFirstWaitlisted(db: Db, runId: number): Promise<number | undefined> {
  return waitlist.selectFirstWaitlisted(db, 'enrolments', runId);
}

/** The waiting enrolment's place in line. */
export function selectWaitlistPlace(db: Db, e: Enrolment): Promise<number> {
  return waitlist.selectWaitlistPlace(db, 'enrolments', { ...e, parentId: e.runId });
}

export interface Recipient {
  enrolmentId: number;
  userId: number;
  email: string;
  name: string;
  preferredLanguage: string;
}

/** The learners of a run (enrolled or completed) who have not evaluated it yet. */
export async function selectLearnersToEvaluate(db: Db, runId: number): Promise<Recipient[]> {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select([
      'e.id as enrolmentId',
      'u.id as userId',
      'u.email',
      'u.name',
      'u.preferred_language as preferredLanguage',
    ])
    .where('e.run_id', '=', runId)
    .where('e.status', 'in', ['enrolled', 'completed'])
    .where('u.is_disabled', '=', 0)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('evaluations as v')
            .select('v.id')
            .where('v.run_id', '=', runId)
            .whereRef('v.user_id', '=', 'e.user_id'),
        ),
      ),
    )
    .orderBy('e.id')
    .execute();
}

/** Who to tell: the officials of these enrolments, or of every enrolment of a run in these states. */
export async function selectRecipients(
  db: Db,
  by: { enrolmentIds: number[] } | { runId: number; statuses: EnrolmentStatus[] },
): Promise<Recipient[]> {
  let query = db
    .selectFrom('enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select([
      'e.id as enrolmentId',
      'u.id as userId',
      'u.email',
      'u.name',
      'u.preferred_language as preferredLanguage',
    ])
    .where('u.is_disabled', '=', 0);
  if ('enrolmentIds' in by) {
    if (by.enrolmentIds.length === 0) return [];
    query = query.where('e.id', 'in', by.enrolmentIds);
  } else query = query.where('e.run_id', '=', by.runId).where('e.status', 'in', by.statuses);
  return query.orderBy('e.id').execute();
}
