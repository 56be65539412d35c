import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createOfficial } from '../../../test/factories/officials.ts';
import {
  createOfferedRun,
  enrol,
  enrolmentStatus,
  runCounts,
  sessionFor,
} from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { countEmailsTo, latestEmailTo } from '../../../test/support/mail.ts';
import { chooseDelivery, latestNoticeTo, noticesOf } from '../../../test/support/notified.ts';

// Enrolment from the course page: open runs, the waiting list, withdrawal and promotion, and the
// answers to what may not be done (a full, closed, cancelled or unknown run; an unpublished course).

const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

describe('enrolment in a run', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  /** A new learner and a browser signed in as them. */
  async function learner(options: { preferredLanguage?: string } = {}) {
    const official = await createOfficial(t.deps, options);
    const session = await sessionFor(t.deps, official.id);
    const client = new Client(t.app);
    client.cookies.set('lphm_session', session.cookie);
    const post = (url: string, fields: Record<string, string> = {}) =>
      client.post(url, { _csrf: session.csrf, ...fields });
    return { official, client, post };
  }

  it('shows a visitor the run with its dates, place, seats left and facilitators, and asks them to sign in', async () => {
    const facilitator = await createOfficial(t.deps, {
      name: 'Farida Haddad',
      roles: ['facilitator'],
    });
    const offered = await createOfferedRun(t.deps, {
      startsOn: '2030-05-15',
      endsOn: '2030-05-16',
      location: 'Antwerp, Red Star Line Museum',
      seats: 12,
      facilitatorIds: [facilitator.id],
    });
    const res = await new Client(t.app).get(`/courses/${offered.slug}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /May 15, 2030 – May 16, 2030/);
    assert.match(res.body, /Antwerp, Red Star Line Museum/);
    assert.match(res.body, /Seats left: 12/);
    assert.match(res.body, /Farida Haddad/);
    assert.match(res.body, new RegExp(`/sign-in\\?next=%2Fcourses%2F${offered.slug}`));
    assert.doesNotMatch(res.body, /action="\/runs\//);
  });

  it('enrols a learner, takes a seat, e-mails them in their language and offers to continue', async () => {
    const offered = await createOfferedRun(t.deps, { seats: 5 });
    const { official, client, post } = await learner({ preferredLanguage: 'fr' });
    const res = await post(`/runs/${offered.runId}/enrol`, { waitlist_if_full: '1' });
    assert.equal(res.statusCode, 303);
    assert.equal(
      res.headers.location,
      `/courses/${offered.slug}?done=enrolled#run-${offered.runId}`,
    );
    assert.equal(await enrolmentStatus(t.deps, offered.runId, official.id), 'enrolled');
    assert.equal((await runCounts(t.deps, offered.runId)).seatsTaken, 1);
    const mail = await latestEmailTo(t.deps, official.email);
    assert.equal(mail?.kind, 'notification.enrolment');
    assert.equal(await latestNoticeTo(t.deps, official.email), 'runs.notify.enrolled');
    const [told] = await noticesOf(t.deps, official.id);
    assert.deepEqual([told?.kind, told?.link], ['enrolment', `/learn/${offered.runId}`]);
    assert.match(mail!.subject, /Vous êtes inscrit/);
    assert.match(mail!.text, new RegExp(`/learn/${offered.runId}`));
    const page = await client.get(`/courses/${offered.slug}?done=enrolled`);
    assert.match(page.body, /<p class="notice" role="status">Vous êtes inscrit à cette session/);
    assert.match(page.body, new RegExp(`href="/learn/${offered.runId}"`));
    assert.match(page.body, new RegExp(`action="/runs/${offered.runId}/withdraw"`));
    assert.match(page.body, /Places restantes : 4/);
  });

  it('a learner who turned enrolment e-mails off is told in the app only', async () => {
    const offered = await createOfferedRun(t.deps, { seats: 5 });
    const { official, post } = await learner();
    await chooseDelivery(t.deps, official.id, 'enrolment', 'off');
    assert.equal((await post(`/runs/${offered.runId}/enrol`)).statusCode, 303);
    assert.equal(await countEmailsTo(t.deps, official.email), 0);
    assert.deepEqual(
      (await noticesOf(t.deps, official.id)).map((n) => [n.message, n.delivery, n.emailed]),
      [['runs.notify.enrolled', 'off', false]],
    );
  });

  it('enrolling twice, even at the same moment, keeps one enrolment and one seat', async () => {
    const offered = await createOfferedRun(t.deps, { seats: 5 });
    const { official, post } = await learner();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post(`/runs/${offered.runId}/enrol`)),
    );
    for (const a of answers) assert.equal(a.statusCode, 303);
    const counts = await runCounts(t.deps, offered.runId);
    assert.deepEqual(counts.byStatus, { enrolled: 1 });
    assert.equal(counts.seatsTaken, 1);
    assert.equal(await countEmailsTo(t.deps, official.email), 1);
    assert.equal((await noticesOf(t.deps, official.id)).length, 1);
  });

  it('answers a full run with 409 and the waiting list, which the learner may then join', async () => {
    const offered = await createOfferedRun(t.deps, { seats: 1 });
    const first = await createOfficial(t.deps);
    await enrol(t.deps, offered.runId, first.id);
    const { official, client, post } = await learner();
    const full = await post(`/runs/${offered.runId}/enrol`);
    assert.equal(full.statusCode, 409);
    assert.match(full.body, /All seats in this run are taken/);
    assert.match(full.body, new RegExp(`action="/runs/${offered.runId}/waitlist"`));
    assert.equal(await enrolmentStatus(t.deps, offered.runId, official.id), undefined);

    const page = await client.get(`/courses/${offered.slug}`);
    assert.match(page.body, /This run is full/);
    const joined = await post(`/runs/${offered.runId}/waitlist`);
    assert.equal(joined.statusCode, 303);
    assert.equal(await enrolmentStatus(t.deps, offered.runId, official.id), 'waitlisted');
    assert.equal(await latestNoticeTo(t.deps, official.email), 'runs.notify.waitlisted');
    const after = await client.get(`/courses/${offered.slug}`);
    assert.match(after.body, /number 1 in line/);
    assert.match(after.body, /Leave the waiting list/);
  });

  it('a withdrawal frees the seat for the first in line, who is told; re-enrolling reuses the row', async () => {
    const offered = await createOfferedRun(t.deps, { seats: 1 });
    const a = await learner();
    const b = await learner({ preferredLanguage: 'es' });
    const c = await learner();
    await a.post(`/runs/${offered.runId}/enrol`);
    await b.post(`/runs/${offered.runId}/enrol`, { waitlist_if_full: '1' });
    await c.post(`/runs/${offered.runId}/enrol`, { waitlist_if_full: '1' });
    assert.equal(await enrolmentStatus(t.deps, offered.runId, b.official.id), 'waitlisted');

    const out = await a.post(`/runs/${offered.runId}/withdraw`);
    assert.equal(out.statusCode, 303);
    assert.match(String(out.headers.location), /done=withdrawn/);
    assert.equal(await enrolmentStatus(t.deps, offered.runId, a.official.id), 'withdrawn');
    assert.equal(await enrolmentStatus(t.deps, offered.runId, b.official.id), 'enrolled');
    assert.equal(await enrolmentStatus(t.deps, offered.runId, c.official.id), 'waitlisted');
    const told = await latestEmailTo(t.deps, b.official.email);
    assert.equal(told?.kind, 'notification.promotion');
    assert.equal(await latestNoticeTo(t.deps, b.official.email), 'runs.notify.promoted');
    assert.match(told!.subject, /Tiene una plaza/);
    assert.equal((await runCounts(t.deps, offered.runId)).seatsTaken, 1);

    // Back again: the run is full now, so the same row goes to the end of the waiting list.
    const again = await a.post(`/runs/${offered.runId}/enrol`, { waitlist_if_full: '1' });
    assert.equal(again.statusCode, 303);
    const counts = await runCounts(t.deps, offered.runId);
    assert.equal(counts.rows, 3);
    assert.deepEqual(counts.byStatus, { enrolled: 1, waitlisted: 2 });
    const page = await a.client.get(`/courses/${offered.slug}`);
    assert.match(page.body, /number 2 in line/);
  });

  it('refuses closed, ended and cancelled runs with 409 and unknown runs and unpublished courses with 404', async () => {
    const { official, post } = await learner();
    const closed = await createOfferedRun(t.deps, {
      enrolmentClosesAt: new Date(Date.now() - 60_000).toISOString(),
    });
    const ended = await createOfferedRun(t.deps, { startsOn: day(-10), endsOn: day(-1) });
    const cancelled = await createOfferedRun(t.deps);
    await t.deps.db
      .updateTable('runs')
      .set({ status: 'cancelled' })
      .where('id', '=', cancelled.runId)
      .execute();
    const draft = await createOfferedRun(t.deps, { courseStatus: 'draft' });
    const byApplication = await createOfferedRun(t.deps, { enrolmentMode: 'application' });

    const cases: Array<[string, number, RegExp]> = [
      [`/runs/${closed.runId}/enrol`, 409, /Enrolment for this run is closed/],
      [`/runs/${ended.runId}/enrol`, 409, /This run has ended/],
      [`/runs/${cancelled.runId}/enrol`, 409, /This run has been cancelled/],
      [`/runs/${byApplication.runId}/enrol`, 409, /given by application/],
      [`/runs/${draft.runId}/enrol`, 404, /does not exist/],
      ['/runs/999999/enrol', 404, /does not exist/],
      ['/runs/abc/enrol', 404, /does not exist/],
      [`/runs/${closed.runId}/withdraw`, 409, /no place in this run/],
    ];
    for (const [url, status, message] of cases) {
      const res = await post(url, { waitlist_if_full: '1' });
      assert.equal(res.statusCode, status, url);
      assert.match(res.body, message, url);
    }
    const rows = await t.deps.db
      .selectFrom('enrolments')
      .select('id')
      .where('user_id', '=', official.id)
      .execute();
    assert.equal(rows.length, 0);
  });

  it('translates the refusal and asks visitors to sign in first', async () => {
    const offered = await createOfferedRun(t.deps, { startsOn: day(-10), endsOn: day(-1) });
    const { post } = await learner({ preferredLanguage: 'ru' });
    const res = await post(`/runs/${offered.runId}/enrol`);
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /Этот поток завершён/);
    const visitor = new Client(t.app);
    const csrf = await visitor.csrfFrom('/sign-in');
    const anonymous = await visitor.post(`/runs/${offered.runId}/enrol`, { _csrf: csrf });
    assert.equal(anonymous.statusCode, 401);
  });

  it('gives a published self-paced course one always-open run, even when first shown twice at once', async () => {
    const offered = await createOfferedRun(t.deps, {
      format: 'self_paced',
      startsOn: day(-30),
      endsOn: day(-20),
    });
    const pages = await Promise.all(
      Array.from({ length: 4 }, () => new Client(t.app).get(`/courses/${offered.slug}`)),
    );
    for (const p of pages) assert.equal(p.statusCode, 200);
    assert.match(pages[0]!.body, /Always open: start when you like/);
    assert.match(pages[0]!.body, /No seat limit/);
    const runs = await t.deps.db
      .selectFrom('runs')
      .select(['id', 'starts_on', 'seats'])
      .where('course_id', '=', offered.courseId)
      .where('is_always_open', '=', 1)
      .execute();
    assert.equal(runs.length, 1);
    assert.equal(runs[0]!.starts_on, null);
    assert.equal(runs[0]!.seats, null);
    const { post } = await learner();
    assert.equal((await post(`/runs/${runs[0]!.id}/enrol`)).statusCode, 303);
  });

  it('shows the next run on catalogue cards', async () => {
    const offered = await createOfferedRun(t.deps, {
      title: 'Catalogue card course',
      startsOn: '2031-03-02',
      endsOn: '2031-03-20',
    });
    const res = await new Client(t.app).get('/courses?q=Catalogue+card+course');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Next run: March 2, 2031 – March 20, 2031/);
    assert.ok(offered.runId);
  });
});
