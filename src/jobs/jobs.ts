import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import * as q from './jobs.queries.ts';

// A job queue in the database: any process may enqueue, and every process's worker claims due
// jobs safely, so background work survives restarts and runs once across several processes.

export type JobHandler = (deps: Deps, payload: unknown) => Promise<void>;

const MAX_ATTEMPTS = 5;
const LOCK_MS = 5 * 60_000;

/** Adds a job; pass the transaction when the job belongs to a larger write. */
export async function enqueueJob(
  db: Db,
  kind: string,
  payload: unknown,
  runAt: Date = new Date(),
): Promise<number> {
  return q.insertJob(db, {
    kind,
    payload,
    runAt: runAt.toISOString(),
    now: new Date().toISOString(),
  });
}

/**
 * Queues a job of `kind` at `at` unless one is queued already: one at a time, across processes
 * (how a daily chain of jobs is started and carried on).
 */
export async function enqueueJobUnlessQueued(deps: Deps, kind: string, at: Date): Promise<boolean> {
  return deps.db.transaction().execute((tx) =>
    q.insertJobUnlessQueued(tx, deps.dialect, {
      kind,
      runAt: at.toISOString(),
      now: new Date().toISOString(),
    }),
  );
}

/** Runs due jobs until none is left or `limit` ran; returns how many ran. Tests call it directly. */
export async function runDueJobs(
  deps: Deps,
  handlers: Record<string, JobHandler>,
  options: { worker?: string; limit?: number; log?: FastifyBaseLogger } = {},
): Promise<number> {
  const worker = options.worker ?? randomUUID();
  let ran = 0;
  while (ran < (options.limit ?? 100)) {
    const now = new Date();
    const job = await q.claimNextJob(
      deps.db,
      deps.dialect,
      worker,
      now.toISOString(),
      new Date(now.getTime() + LOCK_MS).toISOString(),
    );
    if (!job) break;
    ran++;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(deps, job.payload);
      await q.completeJob(deps.db, job.id, worker, new Date().toISOString());
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      options.log?.warn({ jobId: job.id, kind: job.kind, err: message }, 'job failed');
      // Back off 1, 4, 9, 16 minutes, then give up and keep the error for an admin to read.
      const retryAt =
        job.attempts < MAX_ATTEMPTS
          ? new Date(Date.now() + job.attempts ** 2 * 60_000).toISOString()
          : null;
      await q.retryOrFailJob(deps.db, job.id, message, retryAt, new Date().toISOString());
    }
  }
  return ran;
}

/** Polls for due jobs every `intervalMs` until stopped. */
export function startWorker(
  deps: Deps,
  handlers: Record<string, JobHandler>,
  log: FastifyBaseLogger,
  intervalMs = 1000,
): () => Promise<void> {
  const worker = randomUUID();
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running
      .then(() => (stopped ? 0 : runDueJobs(deps, handlers, { worker, log })))
      .catch((err) => log.error({ err }, 'job worker error'));
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
