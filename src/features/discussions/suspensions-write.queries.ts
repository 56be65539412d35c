import type { Db } from '../../db/database.ts';
import type { SubjectRef } from './subjects.ts';

// Writing and listing suspensions from posting (reading the one in force: suspensions.queries.ts).

export async function insertSuspension(
  db: Db,
  row: {
    userId: number;
    subject: SubjectRef | null;
    reason: string;
    endsAt: string | null;
    by: number;
    now: string;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('posting_suspensions')
    .values({
      user_id: row.userId,
      subject_kind: row.subject?.kind ?? null,
      subject_id: row.subject?.id ?? null,
      reason: row.reason,
      ends_at: row.endsAt,
      created_by: row.by,
      created_at: row.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export interface SuspensionRow {
  id: number;
  userId: number;
  userName: string;
  subjectKind: string | null;
  subjectId: number | null;
  reason: string;
  endsAt: string | null;
  createdAt: string;
  liftedAt: string | null;
}

/** One suspension, or undefined. */
export async function selectSuspension(db: Db, id: number): Promise<SuspensionRow | undefined> {
  return base(db)
    .where('s.id', '=', id)
    .executeTakeFirst()
    .then((r) => r && normal(r));
}

/** Suspensions in force, oldest first (at most 200). */
export async function selectActiveSuspensions(db: Db, now: string): Promise<SuspensionRow[]> {
  const rows = await base(db)
    .where('s.lifted_at', 'is', null)
    .where((eb) => eb.or([eb('s.ends_at', 'is', null), eb('s.ends_at', '>', now)]))
    .orderBy('s.id', 'asc')
    .limit(200)
    .execute();
  return rows.map(normal);
}

/** Lifts a suspension still in force; false when it was lifted already. */
export async function liftSuspension(
  db: Db,
  id: number,
  by: number,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('posting_suspensions')
    .set({ lifted_at: now, lifted_by: by })
    .where('id', '=', id)
    .where('lifted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function base(db: Db) {
  return db
    .selectFrom('posting_suspensions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id as userId',
      'u.name as userName',
      's.subject_kind as subjectKind',
      's.subject_id as subjectId',
      's.reason',
      's.ends_at as endsAt',
      's.created_at as createdAt',
      's.lifted_at as liftedAt',
    ]);
}

function normal<R extends SuspensionRow>(r: R): SuspensionRow {
  return { ...r, subjectId: r.subjectId === null ? null : Number(r.subjectId) };
}
