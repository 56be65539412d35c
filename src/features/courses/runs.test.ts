import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import {
  createOfferedRun,
  enrol,
  enrolmentStatus,
  runCounts,
} from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { latestEmailTo } from '../../../test/support/mail.ts';
import { latestNoticeTo } from '../../../test/support/notified.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';
import type { CreatedOfficial } from '../../../test/factories/officials.ts';

// Run management by a course's editors: creating and editing runs, their seats and facilitators,
// cancelling one, and who may do any of it.

describe('run management', () => {
  let t: TestApp;
  let offered: Awaited<ReturnType<typeof createOfferedRun>>;
  let editor: Client;
  let facilitator: CreatedOfficial;
  before(async () => {
    t = await createTestApp();
    facilitator = await createOfficial(t.deps, { name: 'Nadia Petrova', roles: ['facilitator'] });
    offered = await createOfferedRun(t.deps, { courseStatus: 'draft', seats: 2 });
    const own = await createOfficial(t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: offered.organisationId,
    });
    editor = await signIn(t.app, own);
  });
  after(() => t.close());

  const form = {
    title: 'Autumn cohort',
    starts_on: '2030-10-01',
    ends_on: '2030-11-30',
    location: 'Online',
    enrolment_mode: 'open',
    enrolment_closes_on: '2030-09-25',
    seats: '20',
  };

  it('the course editor links to its runs, where an editor prepares a run on a draft', async () => {
    const course = await editor.get(`/authoring/courses/${offered.courseId}`);
    assert.match(course.body, new RegExp(`href="/authoring/courses/${offered.courseId}/runs"`));
    const list = await editor.get(`/authoring/courses/${offered.courseId}/runs`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /not published yet/);
    assert.match(list.body, /Nadia Petrova/);
    const res = await editor.submit(
      `/authoring/courses/${offered.courseId}/runs`,
      `/authoring/courses/${offered.courseId}/runs`,
      { ...form, facilitator_ids: String(facilitator.id) },
    );
    assert.equal(res.statusCode, 303);
    const id = Number(/\/authoring\/runs\/(\d+)/.exec(String(res.headers.location))?.[1]);
    const run = await t.deps.db
      .selectFrom('runs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(run.title, 'Autumn cohort');
    assert.equal(run.seats, 20);
    assert.equal(run.enrolment_closes_at, '2030-09-25T23:59:59.999Z');
    const chosen = await t.deps.db
      .selectFrom('run_facilitators')
      .select('user_id')
      .where('run_id', '=', id)
      .execute();
    assert.deepEqual(
      chosen.map((c) => c.user_id),
      [facilitator.id],
    );
    const page = await editor.get(`/authoring/runs/${id}?done=runCreated`);
    assert.match(page.body, /The run has been created/);
    assert.match(page.body, /value="2030-09-25"/);
    assert.match(page.body, /Live sessions/);
  });

  it('re-shows the form with the input kept and each problem named', async () => {
    const url = `/authoring/courses/${offered.courseId}/runs`;
    const res = await editor.submit(url, url, {
      ...form,
      title: 'Kept title',
      starts_on: '2030-10-01',
      ends_on: '2030-09-01',
      seats: '-3',
      enrolment_closes_on: '2030-02-30',
      facilitator_ids: '999999',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /value="Kept title"/);
    assert.match(res.body, /The end date cannot be before the start date/);
    assert.match(res.body, /Enter a whole number of seats/);
    assert.match(res.body, /Enter a date such as/);
    const unknown = await editor.submit(url, url, { ...form, facilitator_ids: '999999' });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /Choose facilitators from the list/);
  });

  it('never lets the seat limit fall below the seats taken, and gives added seats to the waiting list', async () => {
    const published = await createOfferedRun(t.deps, { seats: 1 });
    const own = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: published.organisationId,
    });
    const [a, b, c] = [
      await createOfficial(t.deps),
      await createOfficial(t.deps),
      await createOfficial(t.deps),
    ];
    await enrol(t.deps, published.runId, a.id);
    for (const w of [b, c])
      await t.deps.db
        .insertInto('enrolments')
        .values({
          run_id: published.runId,
          user_id: w.id,
          status: 'waitlisted',
          motivation: '',
          waitlisted_at: new Date().toISOString(),
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        })
        .execute();
    const url = `/authoring/runs/${published.runId}`;
    const fewer = await own.client.submit(url, url, { ...form, seats: '1' });
    assert.equal(fewer.statusCode, 303);
    const more = await own.client.submit(url, url, { ...form, seats: '2' });
    assert.equal(more.statusCode, 303);
    assert.equal(await enrolmentStatus(t.deps, published.runId, b.id), 'enrolled');
    assert.equal(await enrolmentStatus(t.deps, published.runId, c.id), 'waitlisted');
    assert.equal(await latestNoticeTo(t.deps, b.email), 'runs.notify.promoted');
    const below = await own.client.submit(url, url, { ...form, seats: '1' });
    assert.equal(below.statusCode, 400);
    assert.match(below.body, /cannot be lower than the seats already taken/);
    assert.equal((await runCounts(t.deps, published.runId)).seatsTaken, 2);
  });

  it('cancelling a run tells everyone in it and stops enrolment', async () => {
    const published = await createOfferedRun(t.deps, {});
    const own = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: published.organisationId,
    });
    const learner = await createOfficial(t.deps, { preferredLanguage: 'ar' });
    await enrol(t.deps, published.runId, learner.id);
    const url = `/authoring/runs/${published.runId}`;
    const res = await own.client.submit(url, `${url}/cancel`, {});
    assert.equal(res.statusCode, 303);
    const mail = await latestEmailTo(t.deps, learner.email);
    assert.equal(await latestNoticeTo(t.deps, learner.email), 'runs.notify.cancelled');
    assert.match(mail!.subject, /إلغاء دورة/);
    const twice = await own.client.submit(url, `${url}/cancel`, {});
    assert.equal(twice.statusCode, 409);
    const page = await new Client(t.app).get(`/courses/${published.slug}`);
    assert.doesNotMatch(page.body, new RegExp(`id="run-${published.runId}"`));
  });

  it('keeps runs to their course’s editors: others get 404 to look and 403 to change', async () => {
    const other = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: (await createOfferedRun(t.deps)).organisationId,
    });
    const learner = await signInNew(t.app, t.deps);
    const run = `/authoring/runs/${offered.runId}`;
    assert.equal((await other.client.get(run)).statusCode, 404);
    assert.equal(
      (await other.client.get(`/authoring/courses/${offered.courseId}/runs`)).statusCode,
      404,
    );
    const csrf = await other.client.csrfFrom('/');
    assert.equal((await other.client.post(run, { _csrf: csrf, ...form })).statusCode, 403);
    assert.equal((await other.client.post(`${run}/cancel`, { _csrf: csrf })).statusCode, 403);
    assert.equal((await learner.client.get(run)).statusCode, 403);
    assert.equal((await new Client(t.app).get(run)).statusCode, 303);
    assert.equal((await editor.get('/authoring/runs/999999')).statusCode, 404);
    // A draft's run is not for learners yet.
    const csrfLearner = await learner.client.csrfFrom('/');
    const enrol = await learner.client.post(`/runs/${offered.runId}/enrol`, { _csrf: csrfLearner });
    assert.equal(enrol.statusCode, 404);
  });
});
