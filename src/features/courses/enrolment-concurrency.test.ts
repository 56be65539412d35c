import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOfferedRun, runCounts, sessionFor } from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';

// Seat limits under concurrency (issue 3): real HTTP requests through the app, all at once, on
// whichever database the tests run on. Two app processes on one PostgreSQL: enrolment-scale-out.

describe('enrolment under concurrency', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  /** `n` officials, each with a browser signed in, posting with their own CSRF token. */
  async function officials(n: number) {
    const out = [];
    for (let i = 0; i < n; i++) {
      const official = await createOfficial(t.deps);
      const session = await sessionFor(t.deps, official.id);
      const client = new Client(t.app);
      client.cookies.set('lphm_session', session.cookie);
      out.push({
        official,
        post: (url: string, fields: Record<string, string> = {}) =>
          client.post(url, { _csrf: session.csrf, ...fields }),
      });
    }
    return out;
  }

  it('200 simultaneous enrolments for 20 seats: exactly 20 enrolled, the rest waiting, no error', async () => {
    const { runId } = await createOfferedRun(t.deps, { seats: 20 });
    const people = await officials(200);
    const answers = await Promise.all(
      people.map((p) => p.post(`/runs/${runId}/enrol`, { waitlist_if_full: '1' })),
    );
    assert.deepEqual(
      [...new Set(answers.map((a) => a.statusCode))],
      [303],
      'every enrolment answered with a redirect',
    );
    const counts = await runCounts(t.deps, runId);
    assert.deepEqual(counts.byStatus, { enrolled: 20, waitlisted: 180 });
    assert.equal(counts.seatsTaken, 20);
  });

  it('without the waiting list, the seats go to some and the others get a 409, never a 500', async () => {
    const { runId } = await createOfferedRun(t.deps, { seats: 10 });
    const people = await officials(50);
    const answers = await Promise.all(people.map((p) => p.post(`/runs/${runId}/enrol`)));
    const statuses = answers.map((a) => a.statusCode).sort();
    assert.equal(statuses.filter((s) => s === 303).length, 10);
    assert.equal(statuses.filter((s) => s === 409).length, 40);
    const counts = await runCounts(t.deps, runId);
    assert.deepEqual(counts.byStatus, { enrolled: 10 });
    assert.equal(counts.seatsTaken, 10);
  });

  it('simultaneous withdrawals promote the first in line, in order, and never exceed the seats', async () => {
    const { runId } = await createOfferedRun(t.deps, { seats: 10 });
    const people = await officials(40);
    // In order, so that the waiting list's order is known.
    for (const p of people) await p.post(`/runs/${runId}/enrol`, { waitlist_if_full: '1' });
    const leaving = [...people.slice(0, 8), ...people.slice(12, 16)];
    const answers = await Promise.all(leaving.map((p) => p.post(`/runs/${runId}/withdraw`)));
    assert.ok(answers.every((a) => a.statusCode === 303));
    const counts = await runCounts(t.deps, runId);
    assert.equal(counts.seatsTaken, 10);
    assert.equal(counts.byStatus.enrolled, 10);
    assert.equal(counts.byStatus.withdrawn, 12);
    const enrolled = await t.deps.db
      .selectFrom('enrolments')
      .select('user_id')
      .where('run_id', '=', runId)
      .where('status', '=', 'enrolled')
      .orderBy('user_id')
      .execute();
    // Seats: the two who stayed, then the first eight still waiting (people 10, 11, 16…21).
    const expected = [8, 9, 10, 11, 16, 17, 18, 19, 20, 21].map((i) => people[i]!.official.id);
    assert.deepEqual(
      enrolled.map((e) => e.user_id),
      expected,
    );
  });
});
