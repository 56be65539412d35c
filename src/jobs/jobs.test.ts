import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { enqueueJob, runDueJobs, type JobHandler } from './jobs.ts';

describe('job queue', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(() => t.close());

  it('runs each of 300 jobs exactly once with two workers claiming at the same time', async () => {
    const seen = new Map<number, number>();
    const handlers: Record<string, JobHandler> = {
      count: async (_deps, payload) => {
        const n = (payload as { n: number }).n;
        seen.set(n, (seen.get(n) ?? 0) + 1);
      },
    };
    for (let n = 0; n < 300; n++) await enqueueJob(t.deps.db, 'count', { n });
    const [a, b] = await Promise.all([
      runDueJobs(t.deps, handlers, { worker: 'a', limit: 1000 }),
      runDueJobs(t.deps, handlers, { worker: 'b', limit: 1000 }),
    ]);
    assert.equal(a + b, 300);
    assert.equal(seen.size, 300);
    assert.ok([...seen.values()].every((count) => count === 1));
  });

  it('retries a failing job later and keeps its error', async () => {
    let calls = 0;
    const handlers: Record<string, JobHandler> = {
      flaky: async () => {
        calls++;
        throw new Error('SMTP server unreachable');
      },
    };
    await enqueueJob(t.deps.db, 'flaky', {});
    await runDueJobs(t.deps, handlers);
    await runDueJobs(t.deps, handlers); // not due again yet: backs off
    assert.equal(calls, 1);
    const job = await t.deps.db
      .selectFrom('jobs')
      .selectAll()
      .where('kind', '=', 'flaky')
      .executeTakeFirstOrThrow();
    assert.equal(job.status, 'queued');
    assert.equal(job.last_error, 'SMTP server unreachable');
    assert.ok(job.run_at > new Date().toISOString());
  });

  it('does not run a job before its time', async () => {
    let ran = false;
    await enqueueJob(t.deps.db, 'later', {}, new Date(Date.now() + 3_600_000));
    await runDueJobs(t.deps, {
      later: async () => {
        ran = true;
      },
    });
    assert.equal(ran, false);
  });
});
