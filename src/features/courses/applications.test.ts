import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import {
  createOfferedRun,
  enrol,
  enrolmentStatus,
  runCounts,
  sessionFor,
} from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { latestEmailTo } from '../../../test/support/mail.ts';
import { latestNoticeTo } from '../../../test/support/notified.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// Runs by application: the form, one application per official, and the decisions of the course's
// editors and coordinators, each told to the applicant by e-mail.

describe('applications to a run', () => {
  let t: TestApp;
  let offered: Awaited<ReturnType<typeof createOfferedRun>>;
  let cityId: number;
  before(async () => {
    t = await createTestApp();
    offered = await createOfferedRun(t.deps, { enrolmentMode: 'application', seats: 1 });
    cityId = (
      await createOrganisation(t.deps, { name: 'Ville de Diourbel', kind: 'local_authority' })
    ).id;
  });
  after(() => t.close());

  async function applicant(options: { preferredLanguage?: string } = {}) {
    const official = await createOfficial(t.deps, { organisationId: cityId, ...options });
    const session = await sessionFor(t.deps, official.id);
    const client = new Client(t.app);
    client.cookies.set('lphm_session', session.cookie);
    const post = (url: string, fields: Record<string, string> = {}) =>
      client.post(url, { _csrf: session.csrf, ...fields });
    return { official, client, post };
  }

  it('offers the application form with the applicant’s organisation chosen, and needs a motivation', async () => {
    const { official, client, post } = await applicant();
    const page = await client.get(`/courses/${offered.slug}`);
    assert.match(page.body, new RegExp(`href="/runs/${offered.runId}/apply"`));
    const form = await client.get(`/runs/${offered.runId}/apply`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, new RegExp(`<option value="${cityId}" selected>Ville de Diourbel`));
    const empty = await post(`/runs/${offered.runId}/apply`, {
      motivation: '   ',
      organisation_id: String(cityId),
    });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /error-summary/);
    const unknown = await post(`/runs/${offered.runId}/apply`, {
      motivation: 'Our city receives many newcomers.',
      organisation_id: '999999',
    });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /Our city receives many newcomers\./);
    assert.equal(await enrolmentStatus(t.deps, offered.runId, official.id), undefined);
  });

  it('records one application however often it is sent, and shows it waits for a decision', async () => {
    const { official, client, post } = await applicant();
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        post(`/runs/${offered.runId}/apply`, {
          motivation: 'We are drafting a welcome strategy.',
          organisation_id: String(cityId),
        }),
      ),
    );
    for (const a of answers) assert.equal(a.statusCode, 303);
    assert.equal(await enrolmentStatus(t.deps, offered.runId, official.id), 'applied');
    const rows = await t.deps.db
      .selectFrom('enrolments')
      .select(['motivation', 'applicant_organisation_id'])
      .where('user_id', '=', official.id)
      .execute();
    assert.deepEqual(rows, [
      { motivation: 'We are drafting a welcome strategy.', applicant_organisation_id: cityId },
    ]);
    const page = await client.get(`/courses/${offered.slug}`);
    assert.match(page.body, /Your application is waiting for a decision/);
    assert.match(page.body, /Withdraw my application/);
    // Enrolling directly is not the way into this run.
    assert.equal((await post(`/runs/${offered.runId}/enrol`)).statusCode, 303);
    assert.equal(await enrolmentStatus(t.deps, offered.runId, official.id), 'applied');
  });

  it('lets the course’s editors accept (a seat, else the waiting list) and decline, telling each applicant', async () => {
    const owner = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: offered.organisationId,
    });
    const coordinator = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    const run = await createOfferedRun(t.deps, { enrolmentMode: 'application', seats: 1 });
    const people = [
      await applicant({ preferredLanguage: 'zh' }),
      await applicant(),
      await applicant({ preferredLanguage: 'fr' }),
    ];
    for (const p of people)
      await p.post(`/runs/${run.runId}/apply`, { motivation: 'Motivated.', organisation_id: '' });
    const ids = await t.deps.db
      .selectFrom('enrolments')
      .select(['id', 'user_id'])
      .where('run_id', '=', run.runId)
      .orderBy('id')
      .execute();
    const list = `/authoring/runs/${run.runId}/applications`;
    assert.equal((await owner.client.get(list)).statusCode, 404, 'another course’s owner');
    const page = await coordinator.client.get(list);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Motivated\./);

    const decide = (i: number, decision: string) =>
      coordinator.client.submit(list, `${list}/${ids[i]!.id}`, { decision });
    const first = await decide(0, 'accept');
    assert.equal(first.statusCode, 303);
    assert.match(String(first.headers.location), /done=applicationAccepted-enrolled/);
    assert.equal(await latestNoticeTo(t.deps, people[0]!.official.email), 'runs.notify.accepted');
    assert.match((await latestEmailTo(t.deps, people[0]!.official.email))!.subject, /已获录取/);
    assert.equal((await decide(1, 'accept')).statusCode, 303);
    assert.equal(await enrolmentStatus(t.deps, run.runId, people[1]!.official.id), 'waitlisted');
    assert.equal(
      await latestNoticeTo(t.deps, people[1]!.official.email),
      'runs.notify.acceptedWaitlisted',
    );
    assert.equal((await decide(2, 'decline')).statusCode, 303);
    assert.equal(await enrolmentStatus(t.deps, run.runId, people[2]!.official.id), 'declined');
    assert.match(
      (await latestEmailTo(t.deps, people[2]!.official.email))!.subject,
      /Votre candidature/,
    );
    assert.equal((await decide(2, 'accept')).statusCode, 409);
    assert.equal((await decide(0, 'maybe')).statusCode, 400);
    assert.deepEqual((await runCounts(t.deps, run.runId)).byStatus, {
      enrolled: 1,
      waitlisted: 1,
      declined: 1,
    });
    const declinedPage = await people[2]!.client.get(`/courses/${run.slug}`);
    assert.match(declinedPage.body, /n’a pas été retenue/);
  });

  it('accepting the same application twice at once decides it once and takes one seat', async () => {
    const coordinator = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    const run = await createOfferedRun(t.deps, { enrolmentMode: 'application', seats: 3 });
    const p = await applicant();
    await p.post(`/runs/${run.runId}/apply`, { motivation: 'Yes.', organisation_id: '' });
    const { id } = await t.deps.db
      .selectFrom('enrolments')
      .select('id')
      .where('run_id', '=', run.runId)
      .executeTakeFirstOrThrow();
    const list = `/authoring/runs/${run.runId}/applications`;
    const csrf = await coordinator.client.csrfFrom(list);
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        coordinator.client.post(`${list}/${id}`, { _csrf: csrf, decision: 'accept' }),
      ),
    );
    assert.equal(answers.filter((a) => a.statusCode === 303).length, 1);
    assert.ok(answers.every((a) => a.statusCode === 303 || a.statusCode === 409));
    assert.equal((await runCounts(t.deps, run.runId)).seatsTaken, 1);
  });

  it('refuses learners, facilitators and unknown applications', async () => {
    const run = await createOfferedRun(t.deps, { enrolmentMode: 'application' });
    const other = await createOfficial(t.deps);
    await enrol(t.deps, run.runId, other.id);
    const learner = await signInNew(t.app, t.deps);
    const facilitator = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
    const coordinator = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    const list = `/authoring/runs/${run.runId}/applications`;
    assert.equal((await learner.client.get(list)).statusCode, 403);
    assert.equal((await facilitator.client.get(list)).statusCode, 403);
    const csrf = await coordinator.client.csrfFrom('/');
    const missing = await coordinator.client.post(`${list}/999999`, {
      _csrf: csrf,
      decision: 'accept',
    });
    assert.equal(missing.statusCode, 404);
    // An open run takes no applications.
    const open = await createOfferedRun(t.deps);
    assert.equal((await learner.client.get(`/runs/${open.runId}/apply`)).statusCode, 409);
  });
});
