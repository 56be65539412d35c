import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent } from '../../../test/factories/events.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { sessionFor } from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { countEmailsTo, latestEmailTo } from '../../../test/support/mail.ts';
import { chooseDelivery, latestNoticeTo, noticesOf } from '../../../test/support/notified.ts';
import { registrationOf } from './registration-panel.service.ts';

// Registration at an event: seats, the waiting list and promotion, the organiser's questions,
// approval requests, and the answers to what may not be done (full, closed, cancelled, past, draft).

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

describe('registration at an event', () => {
  let t: TestApp;
  let organisationId: number;
  before(async () => {
    t = await createTestApp();
    organisationId = (await createOrganisation(t.deps)).id;
  });
  after(() => t.close());

  async function person(options: { preferredLanguage?: string } = {}) {
    const official = await createOfficial(t.deps, options);
    const session = await sessionFor(t.deps, official.id);
    const client = new Client(t.app);
    client.cookies.set('lphm_session', session.cookie);
    const post = (url: string, fields: Record<string, string> = {}) =>
      client.post(url, { _csrf: session.csrf, ...fields });
    return { official, client, post, actor: { id: official.id } };
  }

  const statusOf = async (eventId: number, userId: number) =>
    (
      await t.deps.db
        .selectFrom('registrations')
        .select('status')
        .where('event_id', '=', eventId)
        .where('user_id', '=', userId)
        .executeTakeFirst()
    )?.status;

  const seatsTaken = async (eventId: number) =>
    Number(
      (
        await t.deps.db
          .selectFrom('events')
          .select('seats_taken')
          .where('id', '=', eventId)
          .executeTakeFirstOrThrow()
      ).seats_taken,
    );

  const rowsOf = async (eventId: number) =>
    (
      await t.deps.db
        .selectFrom('registrations')
        .select('id')
        .where('event_id', '=', eventId)
        .execute()
    ).length;

  it('registers an official once, takes a seat and e-mails them in their language', async () => {
    const event = await createEvent(t.deps, { organisationId, capacity: 5, title: 'Cohesion lab' });
    const p = await person({ preferredLanguage: 'fr' });
    const res = await p.post(`/events/${event.slug}/register`);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/events/${event.slug}#registration`);
    assert.equal((await p.post(`/events/${event.slug}/register`)).statusCode, 303);
    assert.equal(await statusOf(event.id, p.official.id), 'registered');
    assert.equal(await rowsOf(event.id), 1);
    assert.equal(await seatsTaken(event.id), 1);
    assert.equal(await countEmailsTo(t.deps, p.official.email), 1);
    assert.match(
      (await latestEmailTo(t.deps, p.official.email))!.subject,
      /inscrit·e.*Cohesion lab/,
    );
    const told = await noticesOf(t.deps, p.official.id);
    assert.deepEqual(
      told.map((n) => [n.kind, n.message, n.params.event, n.link, n.emailed]),
      [
        [
          'registration',
          'registrations.notify.registered',
          'Cohesion lab',
          `/events/${event.slug}`,
          true,
        ],
      ],
    );
  });

  it('an official who turned registration e-mails off is told in the app only', async () => {
    const event = await createEvent(t.deps, { organisationId, capacity: 5 });
    const p = await person();
    await chooseDelivery(t.deps, p.official.id, 'registration', 'off');
    assert.equal((await p.post(`/events/${event.slug}/register`)).statusCode, 303);
    assert.equal(await countEmailsTo(t.deps, p.official.email), 0);
    const told = await noticesOf(t.deps, p.official.id);
    assert.deepEqual(
      told.map((n) => [n.message, n.delivery, n.emailed]),
      [['registrations.notify.registered', 'off', false]],
    );
  });

  it('asks a visitor to sign in instead of registering', async () => {
    const event = await createEvent(t.deps, { organisationId });
    const res = await new Client(t.app).post(`/events/${event.slug}/register`, {});
    assert.ok([401, 403].includes(res.statusCode));
    assert.equal(await rowsOf(event.id), 0);
  });

  it('refuses a full event with a translated 409, and puts the official on the waiting list when asked', async () => {
    const event = await createEvent(t.deps, { organisationId, capacity: 1 });
    const first = await person();
    const second = await person({ preferredLanguage: 'es' });
    const third = await person();
    await first.post(`/events/${event.slug}/register`);
    const full = await second.post(`/events/${event.slug}/register`);
    assert.equal(full.statusCode, 409);
    assert.match(full.body, /lista de espera/);
    assert.equal(await statusOf(event.id, second.official.id), undefined);
    await second.post(`/events/${event.slug}/register`, { waitlist_if_full: '1' });
    await third.post(`/events/${event.slug}/register`, { waitlist_if_full: '1' });
    assert.equal(await statusOf(event.id, second.official.id), 'waitlisted');
    const state = await registrationOf(
      t.deps,
      { ...third.official, roles: new Set() } as never,
      event.id,
    );
    assert.equal(state?.waitlistPlace, 2);
    assert.equal(await seatsTaken(event.id), 1);
  });

  it('gives a freed seat to the first in line, who is told by e-mail', async () => {
    const event = await createEvent(t.deps, { organisationId, capacity: 1 });
    const [a, b, c] = [await person(), await person(), await person()];
    await a.post(`/events/${event.slug}/register`);
    await b.post(`/events/${event.slug}/register`, { waitlist_if_full: '1' });
    await c.post(`/events/${event.slug}/register`, { waitlist_if_full: '1' });
    const res = await a.post(`/events/${event.slug}/cancel`);
    assert.equal(res.statusCode, 303);
    assert.equal(await statusOf(event.id, a.official.id), 'cancelled');
    assert.equal(await statusOf(event.id, b.official.id), 'registered');
    assert.equal(await statusOf(event.id, c.official.id), 'waitlisted');
    assert.equal(await seatsTaken(event.id), 1);
    assert.equal(await latestNoticeTo(t.deps, b.official.email), 'registrations.notify.promoted');
    // Cancelling again changes nothing; registering again reuses the row.
    assert.equal((await a.post(`/events/${event.slug}/cancel`)).statusCode, 303);
    await a.post(`/events/${event.slug}/register`, { waitlist_if_full: '1' });
    assert.equal(await statusOf(event.id, a.official.id), 'waitlisted');
    assert.equal(await rowsOf(event.id), 3);
  });

  it('cancels only the actor’s own registration, and answers 409 when there is none', async () => {
    const event = await createEvent(t.deps, { organisationId });
    const [a, b] = [await person(), await person()];
    await a.post(`/events/${event.slug}/register`);
    const res = await b.post(`/events/${event.slug}/cancel`, { user_id: String(a.official.id) });
    assert.equal(res.statusCode, 409);
    assert.equal(await statusOf(event.id, a.official.id), 'registered');
  });

  it('enforces the organiser’s required questions, keeping the answers given', async () => {
    const event = await createEvent(t.deps, { organisationId });
    const [q1, q2] = await t.deps.db
      .insertInto('event_questions')
      .values([
        { event_id: event.id, position: 1, prompt: 'Dietary needs', is_required: 0 },
        { event_id: event.id, position: 2, prompt: 'Accessibility needs', is_required: 1 },
      ])
      .returning('id')
      .execute();
    const p = await person();
    const bad = await p.post(`/events/${event.slug}/register`, {
      [`answer_${q1!.id}`]: 'Vegetarian <b>',
      [`answer_${q2!.id}`]: '  ',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /value="Vegetarian <b>"/);
    assert.match(bad.body, /Accessibility needs/);
    assert.equal(await rowsOf(event.id), 0);
    const ok = await p.post(`/events/${event.slug}/register`, {
      [`answer_${q1!.id}`]: 'Vegetarian',
      [`answer_${q2!.id}`]: 'Step-free access',
    });
    assert.equal(ok.statusCode, 303);
    const answers = await t.deps.db
      .selectFrom('registration_answers')
      .select(['question_id', 'answer'])
      .orderBy('question_id')
      .execute();
    assert.deepEqual(
      answers.map((a) => a.answer),
      ['Vegetarian', 'Step-free access'],
    );
  });

  it('answers 409 for cancelled, past and closed events and 404 for drafts and unknown slugs, changing nothing', async () => {
    const p = await person();
    const cases: Array<[Parameters<typeof createEvent>[1], number]> = [
      [{ organisationId, status: 'cancelled' }, 409],
      [{ organisationId, startsAt: inDays(-2), endsAt: inDays(-1) }, 409],
      [{ organisationId, registrationClosesAt: inDays(-1) }, 409],
      [{ organisationId, registrationOpensAt: inDays(3) }, 409],
      [{ organisationId, status: 'draft' }, 404],
    ];
    for (const [options, status] of cases) {
      const event = await createEvent(t.deps, options);
      const res = await p.post(`/events/${event.slug}/register`);
      assert.equal(res.statusCode, status, JSON.stringify(options));
      assert.equal(await rowsOf(event.id), 0);
    }
    assert.equal((await p.post('/events/no-such-event/register')).statusCode, 404);
  });

  it('makes a pending request for an approval-required event, taking no seat', async () => {
    const event = await createEvent(t.deps, {
      organisationId,
      capacity: 2,
      requiresApproval: true,
    });
    const p = await person();
    await p.post(`/events/${event.slug}/register`);
    assert.equal(await statusOf(event.id, p.official.id), 'pending');
    assert.equal(await seatsTaken(event.id), 0);
    assert.equal(await latestNoticeTo(t.deps, p.official.email), 'registrations.notify.pending');
  });

  it('shows the online link to registered participants only, and never a javascript: link', async () => {
    const event = await createEvent(t.deps, {
      organisationId,
      onlineUrl: 'https://meet.example.org/x',
    });
    const bad = await createEvent(t.deps, { organisationId, onlineUrl: 'javascript:alert(1)' });
    const p = await person();
    const actor = { ...p.official, roles: new Set() } as never;
    assert.equal((await registrationOf(t.deps, actor, event.id))?.onlineUrl, null);
    await p.post(`/events/${event.slug}/register`);
    await p.post(`/events/${bad.slug}/register`);
    assert.equal(
      (await registrationOf(t.deps, actor, event.id))?.onlineUrl,
      'https://meet.example.org/x',
    );
    assert.equal((await registrationOf(t.deps, actor, bad.id))?.onlineUrl, null);
    assert.equal((await registrationOf(t.deps, null, event.id))?.onlineUrl, null);
  });
  it('shows on the event page the action that fits: sign in, register, or registered with the link and cancel', async () => {
    const event = await createEvent(t.deps, {
      organisationId,
      onlineUrl: 'https://meet.example.org/panel',
    });
    const visitor = await new Client(t.app).get(`/events/${event.slug}`);
    assert.equal(visitor.statusCode, 200);
    assert.match(visitor.body, /Sign in to register/);
    assert.doesNotMatch(visitor.body, /meet\.example\.org/);
    const p = await person();
    assert.match(
      (await p.client.get(`/events/${event.slug}`)).body,
      /action="\/events\/[^"]+\/register"/,
    );
    await p.post(`/events/${event.slug}/register`);
    const page = (await p.client.get(`/events/${event.slug}`)).body;
    assert.match(page, /You are registered/);
    assert.match(page, /href="https:\/\/meet\.example\.org\/panel"/);
    assert.match(page, /action="\/events\/[^"]+\/cancel"/);
  });
});

describe('organisers and registration requests', () => {
  let t: TestApp;
  let organisationId: number;
  before(async () => {
    t = await createTestApp();
    organisationId = (await createOrganisation(t.deps)).id;
  });
  after(() => t.close());

  async function signedIn(options: Parameters<typeof createOfficial>[1] = {}) {
    const official = await createOfficial(t.deps, options);
    const session = await sessionFor(t.deps, official.id);
    const client = new Client(t.app);
    client.cookies.set('lphm_session', session.cookie);
    const post = (url: string, fields: Record<string, string> = {}) =>
      client.post(url, { _csrf: session.csrf, ...fields });
    return { official, client, post };
  }

  const statusOf = async (id: number) =>
    (
      await t.deps.db
        .selectFrom('registrations')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).status;

  it('lets an organiser accept and decline requests; the person is e-mailed; a full event waitlists', async () => {
    const event = await createEvent(t.deps, {
      organisationId,
      capacity: 1,
      requiresApproval: true,
    });
    const editor = await signedIn({
      roles: ['partner_editor'],
      partnerOrganisationId: organisationId,
    });
    const people = [await signedIn(), await signedIn(), await signedIn()];
    for (const p of people) await p.post(`/events/${event.slug}/register`);
    const ids = (
      await t.deps.db
        .selectFrom('registrations')
        .select('id')
        .where('event_id', '=', event.id)
        .orderBy('id')
        .execute()
    ).map((r) => r.id);
    const list = await editor.client.get(`/authoring/events/${event.id}/registrations`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, new RegExp(people[0]!.official.name));
    const url = (i: number) => `/authoring/events/${event.id}/registrations/${ids[i]}`;
    const accepted = await editor.post(url(0), { decision: 'accept' });
    assert.equal(accepted.statusCode, 303);
    assert.equal(
      accepted.headers.location,
      `/authoring/events/${event.id}/registrations?done=accepted`,
    );
    await editor.post(url(1), { decision: 'accept' });
    await editor.post(url(2), { decision: 'decline' });
    assert.deepEqual(
      [await statusOf(ids[0]!), await statusOf(ids[1]!), await statusOf(ids[2]!)],
      ['registered', 'waitlisted', 'declined'],
    );
    assert.equal(
      await latestNoticeTo(t.deps, people[0]!.official.email),
      'registrations.notify.accepted',
    );
    assert.equal(
      await latestNoticeTo(t.deps, people[2]!.official.email),
      'registrations.notify.declined',
    );
    // Deciding again: 409, nothing changes.
    assert.equal((await editor.post(url(2), { decision: 'accept' })).statusCode, 409);
    assert.equal(await statusOf(ids[2]!), 'declined');
    assert.equal((await editor.post(url(2), { decision: 'maybe' })).statusCode, 400);
  });

  it('refuses decisions by learners, facilitators and editors of other organisations', async () => {
    const event = await createEvent(t.deps, { organisationId, requiresApproval: true });
    const facilitator = await signedIn({ roles: ['facilitator'] });
    await t.deps.db
      .insertInto('event_people')
      .values({ event_id: event.id, user_id: facilitator.official.id, role: 'facilitator' })
      .execute();
    const other = (await createOrganisation(t.deps)).id;
    const outsider = await signedIn({ roles: ['partner_editor'], partnerOrganisationId: other });
    const learner = await signedIn();
    await learner.post(`/events/${event.slug}/register`);
    const row = await t.deps.db
      .selectFrom('registrations')
      .select('id')
      .where('event_id', '=', event.id)
      .executeTakeFirstOrThrow();
    const url = `/authoring/events/${event.id}/registrations/${row.id}`;
    for (const who of [facilitator, outsider, learner])
      assert.equal((await who.post(url, { decision: 'accept' })).statusCode, 403);
    assert.equal(await statusOf(row.id), 'pending');
    // Facilitators see the list; others do not.
    const list = `/authoring/events/${event.id}/registrations`;
    assert.equal((await facilitator.client.get(list)).statusCode, 200);
    assert.equal((await outsider.client.get(list)).statusCode, 403);
    assert.equal(
      (await outsider.client.get('/authoring/events/999999/registrations')).statusCode,
      404,
    );
  });
});
