import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createEvent } from '../../../test/factories/events.ts';
import { createExchange } from '../../../test/factories/exchanges.ts';
import { createExpert } from '../../../test/factories/experts.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun } from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { chooseDelivery, latestNoticeTo, noticesOf } from '../../../test/support/notified.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';

// Invitations: facilitators and coordinators invite approved experts to what they organise or
// facilitate; the expert accepts (and is added) or declines; one invitation per expert and subject.

describe('expert invitations', () => {
  let t: TestApp;
  let facilitator: Client;
  let facilitatorEmail: string;
  let expert: { id: number; slug: string; userId: number };
  let expertClient: Client;
  let expertEmail: string;
  let event: { id: number; slug: string };
  let othersEvent: { id: number; slug: string };
  let run: { id: number };
  let exchange: { id: number; slug: string };
  let memberExchange: { id: number; slug: string };

  const invitations = () =>
    t.deps.db.selectFrom('expert_invitations').selectAll().orderBy('id').execute();
  const invite = (c: Client, subject: string, message = '') =>
    c.submit(`/experts/${expert.slug}`, `/experts/${expert.slug}/invite`, { subject, message });
  /** The expert accepts or declines invitation `id` from their list. */
  const answer = (id: number | string, choice: 'accept' | 'decline') =>
    expertClient.submit('/experts/invitations', `/experts/invitations/${id}/${choice}`, {});
  const emailsTo = (to: string) =>
    t.deps.db.selectFrom('emails').selectAll().where('to_address', '=', to).orderBy('id').execute();

  before(async () => {
    t = await createTestApp();
    const partner = await createOrganisation(t.deps, { name: 'Partner' });
    const antwerp = await createCity(t.deps, { name: 'Antwerp' });
    const lyon = await createCity(t.deps, { name: 'Lyon', country: 'FR' });
    const f = await signInNew(t.app, t.deps, { roles: ['facilitator'], name: 'Fay Facilitator' });
    facilitator = f.client;
    facilitatorEmail = f.official.email;
    const created = await createExpert(t.deps, {
      official: { name: 'Eva Expert', preferredLanguage: 'fr', organisationId: lyon.id },
    });
    expert = created;
    expertEmail = created.official!.email;
    expertClient = await signIn(t.app, created.official!);
    event = await createEvent(t.deps, {
      organisationId: partner.id,
      title: 'Welcoming cities workshop',
      facilitatorIds: [f.official.id],
    });
    othersEvent = await createEvent(t.deps, { organisationId: partner.id, title: 'Not theirs' });
    const course = await createCourse(t.deps, {
      organisationId: partner.id,
      createdBy: f.official.id,
      status: 'published',
      title: 'Inclusive cities',
    });
    run = await createRun(t.deps, course.id, { facilitatorIds: [f.official.id] });
    exchange = await createExchange(t.deps, {
      cityIds: [antwerp.id],
      facilitatorId: f.official.id,
      title: 'Antwerp exchange',
    });
    memberExchange = await createExchange(t.deps, {
      cityIds: [antwerp.id, lyon.id],
      facilitatorId: f.official.id,
      title: 'Lyon exchange',
    });
  });
  after(() => t.close());

  it('offers the facilitator only what they facilitate, and records and e-mails an invitation', async () => {
    const page = await facilitator.get(`/experts/${expert.slug}`);
    assert.equal(page.statusCode, 200);
    for (const value of [`event:${event.id}`, `run:${run.id}`, `exchange:${exchange.id}`])
      assert.match(page.body, new RegExp(`<option value="${value}"`), value);
    assert.doesNotMatch(page.body, new RegExp(`<option value="event:${othersEvent.id}"`));
    assert.doesNotMatch((await new Client(t.app).get(`/experts/${expert.slug}`)).body, /invite/);

    const res = await invite(facilitator, `event:${event.id}`, 'Would you speak on day one?');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/experts/${expert.slug}?done=invited`);
    const [row] = await invitations();
    assert.equal(row?.status, 'pending');
    assert.equal(row?.subject_type, 'event');
    const mails = await emailsTo(expertEmail);
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.subject, /Invitation : Welcoming cities workshop/);
    assert.match(mails[0]!.text_body, /\/experts\/invitations/);
    assert.deepEqual(
      (await noticesOf(t.deps, expert.userId)).map((n) => [n.kind, n.message, n.params, n.link]),
      [
        [
          'invitation',
          'experts.notify.invited',
          { inviter: 'Fay Facilitator', subject: 'Welcoming cities workshop' },
          '/experts/invitations',
        ],
      ],
    );

    assert.equal(
      (await invite(facilitator, `event:${event.id}`)).statusCode,
      409,
      'already invited',
    );
    assert.equal((await invitations()).length, 1);
  });

  it('refuses subjects the inviter may not act on, bad subjects, and invitations by others', async () => {
    const before = (await invitations()).length;
    assert.equal((await invite(facilitator, `event:${othersEvent.id}`)).statusCode, 403);
    assert.equal((await invite(facilitator, 'event:999999')).statusCode, 403);
    for (const bad of ['', 'event:abc', 'party:1', 'event:1:2', 'event:99999999999'])
      assert.equal((await invite(facilitator, bad)).statusCode, 400, bad);
    const learner = await signInNew(t.app, t.deps);
    assert.equal((await invite(learner.client, `event:${event.id}`)).statusCode, 403);
    const anonymous = new Client(t.app);
    const csrf = await anonymous.csrfFrom('/sign-in');
    const res = await anonymous.post(`/experts/${expert.slug}/invite`, {
      _csrf: csrf,
      subject: `run:${run.id}`,
    });
    assert.equal(res.statusCode, 401);
    const pending = await createExpert(t.deps, { status: 'pending' });
    const toPending = await facilitator.post(`/experts/${pending.slug}/invite`, {
      _csrf: await facilitator.csrfFrom(`/experts/${expert.slug}`),
      subject: `run:${run.id}`,
    });
    assert.equal(toPending.statusCode, 404);
    assert.equal((await invitations()).length, before);
  });

  it('keeps one invitation when the same one is posted twice at once', async () => {
    const csrf = await facilitator.csrfFrom(`/experts/${expert.slug}`);
    const post = () =>
      facilitator.post(`/experts/${expert.slug}/invite`, { _csrf: csrf, subject: `run:${run.id}` });
    const results = await Promise.all([post(), post()]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [303, 409]);
    const rows = (await invitations()).filter((i) => i.subject_type === 'run');
    assert.equal(rows.length, 1);
  });

  it('lets the expert accept: they become a speaker of the event, and the inviter is told', async () => {
    const list = await expertClient.get('/experts/invitations');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Welcoming cities workshop/);
    assert.match(list.body, /Would you speak on day one\?/);
    const [row] = await invitations();
    const other = await signInNew(t.app, t.deps);
    const stolen = await other.client.submit(
      '/experts',
      `/experts/invitations/${row!.id}/accept`,
      {},
    );
    assert.equal(stolen.statusCode, 404, "someone else's invitation");
    const missing = await answer('abc', 'accept');
    assert.equal(missing.statusCode, 404);

    const res = await answer(row!.id, 'accept');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/experts/invitations?done=accepted');
    const people = await t.deps.db
      .selectFrom('event_people')
      .selectAll()
      .where('event_id', '=', event.id)
      .where('user_id', '=', expert.userId)
      .execute();
    assert.deepEqual(
      people.map((p) => p.role),
      ['speaker'],
    );
    const eventPage = await new Client(t.app).get(`/events/${event.slug}`);
    assert.match(eventPage.body, /Eva Expert/);
    const told = await emailsTo(facilitatorEmail);
    assert.match(told.at(-1)!.subject, /Eva Expert accepted your invitation/);
    assert.equal(await latestNoticeTo(t.deps, facilitatorEmail), 'experts.notify.accepted');
    const twice = await answer(row!.id, 'decline');
    assert.equal(twice.statusCode, 409);
    const profile = await new Client(t.app).get(`/experts/${expert.slug}`);
    assert.match(profile.body, /Welcoming cities workshop/, 'events spoken at');
  });

  it('lets a declined invitation be renewed, and accepting a run makes the expert a facilitator', async () => {
    const runInvitation = (await invitations()).find((i) => i.subject_type === 'run')!;
    const declined = await answer(runInvitation.id, 'decline');
    assert.equal(declined.statusCode, 303);
    assert.match((await emailsTo(facilitatorEmail)).at(-1)!.subject, /declined/);
    // The expert turned invitation e-mails off: the renewed one is told in the app only.
    await chooseDelivery(t.deps, expert.userId, 'invitation', 'off');
    const mailed = (await emailsTo(expertEmail)).length;
    assert.equal((await invite(facilitator, `run:${run.id}`, 'Second try')).statusCode, 303);
    assert.equal((await emailsTo(expertEmail)).length, mailed);
    const last = (await noticesOf(t.deps, expert.userId)).at(-1);
    assert.deepEqual(
      [last?.message, last?.delivery, last?.emailed],
      ['experts.notify.invited', 'off', false],
    );
    const renewed = (await invitations()).filter((i) => i.subject_type === 'run');
    assert.equal(renewed.length, 1);
    assert.equal(renewed[0]?.status, 'pending');
    assert.equal(renewed[0]?.message, 'Second try');
    const list = await expertClient.get('/experts/invitations');
    assert.ok(
      list.body.indexOf('Second try') < list.body.indexOf('Would you speak'),
      'pending first',
    );
    await answer(runInvitation.id, 'accept');
    const facilitators = await t.deps.db
      .selectFrom('run_facilitators')
      .selectAll()
      .where('run_id', '=', run.id)
      .where('user_id', '=', expert.userId)
      .execute();
    assert.equal(facilitators.length, 1);
  });

  it('adds an expert to an exchange only when they are a member of one of its cities', async () => {
    await invite(facilitator, `exchange:${exchange.id}`);
    await invite(facilitator, `exchange:${memberExchange.id}`);
    const rows = await invitations();
    const outside = rows.find(
      (i) => i.subject_id === exchange.id && i.subject_type === 'exchange',
    )!;
    const member = rows.find(
      (i) => i.subject_id === memberExchange.id && i.subject_type === 'exchange',
    )!;
    const a = await answer(outside.id, 'accept');
    assert.equal(a.headers.location, '/experts/invitations?done=acceptedOnly');
    const b = await answer(member.id, 'accept');
    assert.equal(b.headers.location, '/experts/invitations?done=accepted');
    const participants = await t.deps.db
      .selectFrom('exchange_participants')
      .selectAll()
      .where('user_id', '=', expert.userId)
      .execute();
    assert.deepEqual(
      participants.map((p) => p.exchange_id),
      [memberExchange.id],
    );
    const statuses = (await invitations())
      .filter((i) => i.subject_type === 'exchange')
      .map((i) => i.status);
    assert.deepEqual(statuses, ['accepted', 'accepted']);
  });

  it('lets a partner editor invite to their organisation’s events only', async () => {
    const partnerId = (
      await t.deps.db
        .selectFrom('events')
        .select('organisation_id')
        .where('id', '=', event.id)
        .executeTakeFirstOrThrow()
    ).organisation_id;
    const editor = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: partnerId,
    });
    const page = await editor.client.get(`/experts/${expert.slug}`);
    assert.match(page.body, new RegExp(`<option value="event:${othersEvent.id}"`));
    assert.doesNotMatch(page.body, new RegExp(`<option value="run:${run.id}"`));
    const stranger = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: (await createOrganisation(t.deps, { name: 'Elsewhere' })).id,
    });
    assert.equal((await invite(stranger.client, `event:${othersEvent.id}`)).statusCode, 403);
    assert.equal((await invite(editor.client, `event:${othersEvent.id}`)).statusCode, 303);
  });

  it('lets a coordinator invite to any open event', async () => {
    const coordinator = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    const other = await createEvent(t.deps, {
      organisationId: (await createOrganisation(t.deps, { name: 'Third' })).id,
    });
    const res = await invite(coordinator.client, `event:${other.id}`);
    assert.equal(res.statusCode, 303);
  });
});
