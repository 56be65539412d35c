import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent } from '../../../test/factories/events.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity } from '../../../test/factories/organisations.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import type { Actor } from '../accounts/actor.ts';
import { insertPastEvaluations, insertPastRegistrations } from './report-seed.queries.ts';
import { getYearReport } from './report.service.ts';

// A computed yearly report is kept and served again; every change to what it counts shows at once.

const coordinator: Actor = {
  id: 0,
  name: 'Coordinator',
  email: 'coordinator@example.org',
  preferredLanguage: 'en',
  organisationId: null,
  roles: new Set(['coordinator']),
  partnerOrganisationId: null,
};

describe('the kept yearly report', () => {
  let t: TestApp;
  let eventId: number;
  let cityId: number;
  const at = '2015-03-01T00:00:00.000Z';

  before(async () => {
    t = await createTestApp();
    cityId = (await createCity(t.deps, { name: 'Ghent' })).id;
    eventId = (
      await createEvent(t.deps, {
        organisationId: cityId,
        status: 'held',
        startsAt: '2015-03-10T09:00:00.000Z',
        endsAt: '2015-03-10T11:00:00.000Z',
        title: 'Kept workshop',
      })
    ).id;
  });
  after(() => t.close());

  it('is served again while nothing it counts has changed', async () => {
    const first = await getYearReport(t.deps, null, 2015, 'en');
    const again = await getYearReport(t.deps, null, 2015, 'en');
    assert.equal(again.byKind, first.byKind, 'the same figures, not computed anew');
    const full = await getYearReport(t.deps, coordinator, 2015, 'en');
    assert.notEqual(full.byKind, first.byKind, 'the list of events is kept apart');
    assert.equal(full.events?.[0]?.title, 'Kept workshop');
  });

  it('shows a new registration, its attendance and an evaluation at once', async () => {
    const official = await createOfficial(t.deps, { organisationId: cityId, country: 'BE' });
    await getYearReport(t.deps, null, 2015, 'en');
    await insertPastRegistrations(t.deps.db, [
      { eventId, userId: official.id, status: 'registered', at },
    ]);
    let r = await getYearReport(t.deps, null, 2015, 'en');
    assert.deepEqual(r.attendance, { registered: 1, attended: 0, rate: 0 });
    await t.deps.db
      .updateTable('registrations')
      .set({ status: 'attended' })
      .where('user_id', '=', official.id)
      .execute();
    r = await getYearReport(t.deps, null, 2015, 'en');
    assert.deepEqual(r.participants, { unique: 1, total: 1 });
    assert.deepEqual(
      r.byCountry.map((c) => [c.key, c.count]),
      [['BE', 1]],
    );
    await insertPastEvaluations(t.deps.db, [
      {
        eventId,
        userId: official.id,
        satisfaction: 5,
        usefulness: 4,
        relevance: 3,
        willApply: '',
        at,
      },
    ]);
    r = await getYearReport(t.deps, null, 2015, 'en');
    assert.equal(r.evaluations.responses, 1);
    assert.equal(r.evaluations.satisfaction, 5);
  });

  it("shows a participant's new country and an event's new title at once", async () => {
    const official = await createOfficial(t.deps, { organisationId: cityId, country: 'NL' });
    await insertPastRegistrations(t.deps.db, [
      { eventId, userId: official.id, status: 'attended', at },
    ]);
    const before = await getYearReport(t.deps, coordinator, 2015, 'en');
    assert.ok(before.byCountry.some((c) => c.key === 'NL'));
    await t.deps.db
      .updateTable('users')
      .set({ country: 'FR' })
      .where('id', '=', official.id)
      .execute();
    await t.deps.db
      .updateTable('event_translations')
      .set({ title: 'Renamed workshop' })
      .where('event_id', '=', eventId)
      .execute();
    const after = await getYearReport(t.deps, coordinator, 2015, 'en');
    assert.ok(after.byCountry.some((c) => c.key === 'FR'));
    assert.ok(!after.byCountry.some((c) => c.key === 'NL'));
    assert.equal(after.events?.[0]?.title, 'Renamed workshop');
  });

  it('counts a published event once it has ended, with no write in between', async () => {
    await createEvent(t.deps, {
      organisationId: cityId,
      status: 'published',
      startsAt: '2016-06-01T09:00:00.000Z',
      endsAt: '2016-06-01T11:00:00.000Z',
    });
    const during = await getYearReport(t.deps, null, 2016, 'en', new Date('2016-06-01T10:00Z'));
    assert.equal(during.eventsHeld, 0);
    const later = await getYearReport(t.deps, null, 2016, 'en', new Date('2016-06-01T11:01Z'));
    assert.equal(later.eventsHeld, 1);
  });
});
