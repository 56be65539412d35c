import type { Db } from '../../db/database.ts';
import type { SubjectRef } from './subjects.ts';

// The hub's figures: per subject, its threads and how many of them have posts the reader has not
// seen (a thread never opened counts as new).

export interface SubjectStats {
  threads: number;
  withNew: number;
}

/** Figures for each subject that has threads, keyed "kind:id"; one query. */
export async function selectSubjectStats(
  db: Db,
  userId: number,
  subjects: SubjectRef[],
): Promise<Map<string, SubjectStats>> {
  if (subjects.length === 0) return new Map();
  const rows = await db
    .selectFrom('threads as t')
    .leftJoin('thread_reads as r', (j) =>
      j.onRef('r.thread_id', '=', 't.id').on('r.user_id', '=', userId),
    )
    .select((eb) => [
      't.subject_kind',
      't.subject_id',
      eb.fn.countAll<number>().as('threads'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when('t.last_post_id', '>', eb.fn.coalesce('r.last_read_post_id', eb.lit(0)))
            .then(1)
            .else(0)
            .end(),
        )
        .as('withNew'),
    ])
    .where((eb) =>
      eb.or(
        subjects.map((s) =>
          eb.and([eb('t.subject_kind', '=', s.kind), eb('t.subject_id', '=', s.id)]),
        ),
      ),
    )
    // Threads waiting for a moderator's approval count for their authors only.
    .where((eb) => eb.or([eb('t.post_count', '>', 0), eb('t.author_id', '=', userId)]))
    .groupBy(['t.subject_kind', 't.subject_id'])
    .execute();
  return new Map(
    rows.map((r) => [
      `${r.subject_kind}:${r.subject_id}`,
      { threads: Number(r.threads), withNew: Number(r.withNew ?? 0) },
    ]),
  );
}
