import type { Db } from '../../db/database.ts';
import type { SubjectRef } from './subjects.ts';

// Suspensions from posting (moderation): the one in force for an official in a subject.

export interface ActiveSuspension {
  id: number;
  reason: string;
  endsAt: string | null;
}

/** A suspension in force for the official in this subject or everywhere, if any. */
export async function selectActiveSuspension(
  db: Db,
  userId: number,
  subject: SubjectRef,
  now: string,
): Promise<ActiveSuspension | undefined> {
  return db
    .selectFrom('posting_suspensions')
    .select(['id', 'reason', 'ends_at as endsAt'])
    .where('user_id', '=', userId)
    .where('lifted_at', 'is', null)
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', now)]))
    .where((eb) =>
      eb.or([
        eb('subject_kind', 'is', null),
        eb.and([eb('subject_kind', '=', subject.kind), eb('subject_id', '=', subject.id)]),
      ]),
    )
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}
