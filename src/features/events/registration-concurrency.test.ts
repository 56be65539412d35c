import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent } from '../../../test/factories/events.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { sessionFor } from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';

// Seat limits under concurrency (issue 4): real HTTP requests through the app, all at once, on
// whichever database the tests run on. Two app processes on one database: registration-scale-out.

describe('registration under concurrency', () => {
  let t: TestApp;
  let organisationId: number;
  before(async () => {
    t = await createTestApp();
    organisationId = (await createOrganisation(t.deps)).id;
  });
  after(() => t.close());

  async function people(n: number) {
    const out = [];
    for (let i = 0; i < n; i++) {
      const official = await createOfficial(t.deps);
      const session = await sessionFor(t.deps, official.id);
      const client = new Client(t.app);
      client.cookies.set('lphm_session', session.cookie);
      out.push((url: string, fields: Record<string, string> = {}) =>
        client.post(url, { _csrf: session.csrf, ...fields }),
      );
    }
    return out;
  }

  async function counts(eventId: number) {
    const rows = await t.deps.db
      .selectFrom('registrations')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('event_id', '=', eventId)
      .groupBy('status')
      .execute();
    const event = await t.deps.db
      .selectFrom('events')
      .select('seats_taken')
      .where('id', '=', eventId)
      .executeTakeFirstOrThrow();
    return {
      byStatus: Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])),
      seatsTaken: Number(event.seats_taken),
    };
  }

  it('200 simultaneous registrations for 30 seats: exactly 30 registered, the rest waiting, no error', async () => {
    const event = await createEvent(t.deps, { organisationId, capacity: 30 });
    const posts = await people(200);
    const answers = await Promise.all(
      posts.map((post) => post(`/events/${event.slug}/register`, { waitlist_if_full: '1' })),
    );
    assert.deepEqual([...new Set(answers.map((a) => a.statusCode))], [303]);
    assert.deepEqual(await counts(event.id), {
      byStatus: { registered: 30, waitlisted: 170 },
      seatsTaken: 30,
    });
  });

  it('a double submission makes one registration and takes one seat', async () => {
    const event = await createEvent(t.deps, { organisationId, capacity: 5 });
    const [post] = await people(1);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post!(`/events/${event.slug}/register`)),
    );
    assert.deepEqual([...new Set(answers.map((a) => a.statusCode))], [303]);
    assert.deepEqual(await counts(event.id), { byStatus: { registered: 1 }, seatsTaken: 1 });
  });

  it('simultaneous cancellations promote exactly as many from the waiting list', async () => {
    const event = await createEvent(t.deps, { organisationId, capacity: 10 });
    const posts = await people(30);
    for (const post of posts)
      await post(`/events/${event.slug}/register`, { waitlist_if_full: '1' });
    await Promise.all(posts.slice(0, 10).map((post) => post(`/events/${event.slug}/cancel`)));
    assert.deepEqual(await counts(event.id), {
      byStatus: { cancelled: 10, registered: 10, waitlisted: 10 },
      seatsTaken: 10,
    });
  });
});
