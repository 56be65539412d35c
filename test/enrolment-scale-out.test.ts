import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Deps } from '../src/deps.ts';
import { createOfficial } from './factories/officials.ts';
import { createOfferedRun, runCounts, sessionFor } from './factories/runs.ts';
import { HttpVisitor, type ServerProcess } from './support/processes.ts';
import { openSharedDatabase, type SharedDatabase } from './support/shared-database.ts';

// Issue 3: seat limits hold across two app processes on one database. 200 officials enrol at once
// in a 20-seat run, half through each process, over real HTTP.

describe('enrolment across two app processes on one database', () => {
  let shared: SharedDatabase;
  let deps: Deps;
  let processes: ServerProcess[];

  before(async () => {
    shared = await openSharedDatabase();
    deps = shared.deps;
    processes = await shared.startTwo({ WORKER: 'false' });
  });

  after(() => shared?.close());

  it('200 simultaneous enrolments for 20 seats give exactly 20 enrolled and 180 waiting', async () => {
    const { runId } = await createOfferedRun(deps, { seats: 20 });
    const people = [];
    for (let i = 0; i < 200; i++) {
      const official = await createOfficial(deps);
      const session = await sessionFor(deps, official.id);
      const visitor = new HttpVisitor();
      visitor.cookies.set('lphm_session', session.cookie);
      people.push({ visitor, csrf: session.csrf, server: processes[i % 2]!.url });
    }
    const answers = await Promise.all(
      people.map((p) =>
        p.visitor.post(`${p.server}/runs/${runId}/enrol`, {
          _csrf: p.csrf,
          waitlist_if_full: '1',
        }),
      ),
    );
    const statuses = [...new Set(answers.map((a) => a.status))];
    assert.deepEqual(statuses, [303], `answers: ${statuses.join(', ')}`);
    const counts = await runCounts(deps, runId);
    assert.deepEqual(counts.byStatus, { enrolled: 20, waitlisted: 180 });
    assert.equal(counts.seatsTaken, 20);
  });
});
