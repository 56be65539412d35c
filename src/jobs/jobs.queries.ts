import { sql } from 'kysely';
import type { Db, Dialect } from '../db/database.ts';

export interface JobRow {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
}

export async function insertJob(
  db: Db,
  job: { kind: string; payload: unknown; runAt: string; now: string },
): Promise<number> {
  const row = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      status: 'queued',
      run_at: job.runAt,
      attempts: 0,
      created_at: job.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Queues a job of this kind unless one is queued already, in one statement (so SQLite needs no
 * read-then-write); on PostgreSQL under a transaction-scoped lock on the kind, so two processes
 * starting at once queue one. True when it queued.
 */
export async function insertJobUnlessQueued(
  db: Db,
  dialect: Dialect,
  job: { kind: string; runAt: string; now: string },
): Promise<boolean> {
  if (dialect === 'postgres')
    await sql`select pg_advisory_xact_lock(hashtext(${job.kind}))`.execute(db);
  const r = await sql`
    insert into jobs (kind, payload, status, run_at, attempts, created_at)
    select ${job.kind}, '{}', 'queued', ${job.runAt}, 0, ${job.now}
    where not exists (select 1 from jobs where kind = ${job.kind} and status = 'queued')`.execute(
    db,
  );
  return Number(r.numAffectedRows ?? 0) > 0;
}

/**
 * Claims the next due job for one worker. A job whose lock has lapsed (its worker died) is due
 * again. PostgreSQL skips rows another process is claiming; SQLite runs one writer at a time.
 */
export async function claimNextJob(
  db: Db,
  dialect: Dialect,
  worker: string,
  now: string,
  lockUntil: string,
): Promise<JobRow | undefined> {
  const row = await db
    .updateTable('jobs')
    .set({
      status: 'running',
      locked_by: worker,
      locked_until: lockUntil,
      attempts: sql`attempts + 1`,
    })
    .where('id', '=', (eb) => {
      const next = eb
        .selectFrom('jobs')
        .select('id')
        .where((w) =>
          w.or([
            w.and([w('status', '=', 'queued'), w('run_at', '<=', now)]),
            w.and([w('status', '=', 'running'), w('locked_until', '<', now)]),
          ]),
        )
        .orderBy('run_at')
        .orderBy('id')
        .limit(1);
      return dialect === 'postgres' ? next.forUpdate().skipLocked() : next;
    })
    .returning(['id', 'kind', 'payload', 'attempts'])
    .executeTakeFirst();
  return row ? { ...row, payload: JSON.parse(row.payload) } : undefined;
}

export async function completeJob(db: Db, id: number, worker: string, now: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: now, locked_until: null })
    .where('id', '=', id)
    .where('locked_by', '=', worker)
    .execute();
}

export async function retryOrFailJob(
  db: Db,
  id: number,
  error: string,
  retryAt: string | null,
  now: string,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set(
      retryAt
        ? {
            status: 'queued',
            run_at: retryAt,
            last_error: error.slice(0, 2000),
            locked_until: null,
          }
        : {
            status: 'failed',
            last_error: error.slice(0, 2000),
            finished_at: now,
            locked_until: null,
          },
    )
    .where('id', '=', id)
    .execute();
}
