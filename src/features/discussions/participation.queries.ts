import type { Db } from '../../db/database.ts';
import type { SubjectRef } from './subjects.ts';

// Who of a subject's members has written a visible post in its threads.

export async function selectPosterIds(
  db: Db,
  subject: SubjectRef,
  memberIds: number[],
): Promise<Set<number>> {
  if (memberIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('posts as p')
    .innerJoin('threads as t', 't.id', 'p.thread_id')
    .select('p.author_id')
    .distinct()
    .where('t.subject_kind', '=', subject.kind)
    .where('t.subject_id', '=', subject.id)
    .where('p.status', '=', 'visible')
    .where('p.author_id', 'in', memberIds)
    .execute();
  return new Set(rows.map((r) => r.author_id).filter((id): id is number => id !== null));
}
