import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { insertEnrolment } from './enrolments.queries.ts';

// "My learning": the runs an official learns in or waits for, with progress and where to go on.

describe('the learning dashboard', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('shows progress and the lesson to continue with, and runs waited for', async () => {
    const org = await createOrganisation(t.deps, { isPartner: true });
    const { official, client } = await signInNew(t.app, t.deps);
    const a = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: official.id,
      status: 'published',
      modules: [3],
      title: 'Course in progress',
    });
    const b = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: official.id,
      status: 'published',
      modules: [1],
      title: 'Course waited for',
    });
    const runA = (await createRun(t.deps, a.id)).id;
    const runB = (await createRun(t.deps, b.id)).id;
    await enrol(t.deps, runA, official.id);
    await insertEnrolment(
      t.deps.db,
      { runId: runB, userId: official.id, status: 'waitlisted' },
      new Date().toISOString(),
    );
    const csrf = await client.csrfFrom('/');
    await client.post(`/learn/${runA}/lessons/${a.lessonIds[0]![0]}/done`, { _csrf: csrf });
    const res = await client.get('/learning');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Lessons done: 1 of 3/);
    assert.ok(res.body.includes(`href="/learn/${runA}/lessons/${a.lessonIds[0]![1]}"`));
    assert.match(res.body, /Course waited for/);
    assert.match(res.body, /On the waiting list/);
    assert.ok(!res.body.includes(`href="/learn/${runB}"`));
    assert.equal((await client.get(`/learn/${runB}`)).statusCode, 404);
  });
});
