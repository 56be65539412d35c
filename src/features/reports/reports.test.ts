import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createEvent } from '../../../test/factories/events.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { insertPastEvaluations, insertPastRegistrations } from './report-seed.queries.ts';
import { getYearReport, type Count } from './report.service.ts';

// A small 2013 counted by hand: two events held (a workshop in Antwerp, a finished online
// webinar), one cancelled, one draft, and events just outside the year on either side.

const counts = (list: Count[]) => Object.fromEntries(list.map((c) => [c.label ?? c.key, c.count]));

describe('yearly report of learning events', () => {
  let t: TestApp;
  let coordinator: Client;
  let learner: Client;
  let themeIds: number[];

  before(async () => {
    t = await createTestApp();
    const deps = t.deps;
    themeIds = Object.values(await createThemes(deps));
    const antwerp = await createCity(deps, { name: 'Antwerp' });
    const durban = await createCity(deps, {
      name: 'Durban',
      country: 'ZA',
      region: 'KwaZulu-Natal',
    });
    const iom = await createOrganisation(deps, {
      name: 'IOM',
      kind: 'international_organisation',
      country: 'CH',
    });
    const a = await createOfficial(deps, {
      organisationId: antwerp.id,
      country: 'BE',
      gender: 'female',
    });
    const b = await createOfficial(deps, {
      organisationId: durban.id,
      country: 'ZA',
      gender: 'male',
    });
    const c = await createOfficial(deps, { organisationId: iom.id });
    const d = await createOfficial(deps);
    const event = (startsAt: string, endsAt: string, o: Parameters<typeof createEvent>[1]) =>
      createEvent(deps, { startsAt, endsAt, ...o });
    const e1 = await event('2013-05-15T07:00:00.000Z', '2013-05-16T15:00:00.000Z', {
      organisationId: antwerp.id,
      organiserIds: [iom.id],
      themeIds: [themeIds[0]!, themeIds[1]!],
      status: 'held',
      venueCityId: antwerp.id,
      title: '=HYPERLINK("x") Workshop',
    });
    const e2 = await event('2013-06-01T12:00:00.000Z', '2013-06-01T13:00:00.000Z', {
      organisationId: iom.id,
      kind: 'webinar',
      themeIds: [themeIds[0]!],
      status: 'published',
      title: 'Online webinar',
    });
    const e3 = await event('2013-07-01T12:00:00.000Z', '2013-07-01T13:00:00.000Z', {
      organisationId: iom.id,
      status: 'cancelled',
    });
    await event('2013-08-01T12:00:00.000Z', '2013-08-01T13:00:00.000Z', {
      organisationId: iom.id,
      status: 'draft',
    });
    await event('2012-12-31T23:00:00.000Z', '2013-01-01T01:00:00.000Z', {
      organisationId: iom.id,
      status: 'held',
    });
    await event('2014-01-01T00:00:00.000Z', '2014-01-01T02:00:00.000Z', {
      organisationId: iom.id,
      status: 'held',
    });
    const at = '2013-05-01T00:00:00.000Z';
    await insertPastRegistrations(deps.db, [
      { eventId: e1.id, userId: a.id, status: 'attended', at },
      { eventId: e1.id, userId: b.id, status: 'attended', at },
      { eventId: e1.id, userId: c.id, status: 'no_show', at },
      { eventId: e1.id, userId: d.id, status: 'cancelled', at },
      { eventId: e2.id, userId: a.id, status: 'attended', at },
      { eventId: e2.id, userId: c.id, status: 'attended', at },
      { eventId: e2.id, userId: d.id, status: 'registered', at },
      { eventId: e3.id, userId: a.id, status: 'attended', at },
    ]);
    const evaluation = { willApply: '', at };
    await insertPastEvaluations(deps.db, [
      { eventId: e1.id, userId: a.id, satisfaction: 5, usefulness: 4, relevance: 3, ...evaluation },
      { eventId: e1.id, userId: b.id, satisfaction: 3, usefulness: 4, relevance: 5, ...evaluation },
      { eventId: e3.id, userId: a.id, satisfaction: 1, usefulness: 1, relevance: 1, ...evaluation },
    ]);
    const course = await createCourse(deps, {
      organisationId: iom.id,
      createdBy: c.id,
      status: 'published',
      modules: [1],
    });
    const run = await createRun(deps, course.id, { startsOn: '2013-05-01', endsOn: '2013-06-30' });
    const cancelled = await createRun(deps, course.id, { startsOn: '2013-09-01', endsOn: null });
    await createRun(deps, course.id, { startsOn: '2014-02-01', endsOn: null });
    await deps.db
      .updateTable('runs')
      .set({ status: 'cancelled' })
      .where('id', '=', cancelled.id)
      .execute();
    const done = await enrol(deps, run.id, a.id);
    await enrol(deps, run.id, b.id);
    const other = await enrol(deps, cancelled.id, b.id);
    await deps.db
      .updateTable('enrolments')
      .set({ status: 'completed' })
      .where('id', 'in', [done.id, other.id])
      .execute();
    coordinator = (await signInNew(t.app, deps, { roles: ['coordinator'] })).client;
    learner = (await signInNew(t.app, deps)).client;
  });
  after(() => t.close());

  it('counts the events held in the year by kind, theme, partner and venue region', async () => {
    const r = await getYearReport(t.deps, null, 2013, 'en');
    assert.equal(r.eventsHeld, 2);
    assert.deepEqual(counts(r.byKind), { workshop: 1, webinar: 1 });
    assert.deepEqual(
      r.byTheme.map((c) => c.count),
      [2, 1],
    );
    assert.deepEqual(counts(r.byPartner), { IOM: 2, Antwerp: 1 });
    assert.deepEqual(counts(r.byVenueRegion), { EU: 1, '': 1 });
  });

  it('counts unique and total participants, and breaks the unique ones down', async () => {
    const r = await getYearReport(t.deps, null, 2013, 'en');
    assert.deepEqual(r.participants, { unique: 3, total: 4 });
    assert.deepEqual(r.attendance, { registered: 6, attended: 4, rate: 4 / 6 });
    assert.deepEqual(counts(r.byCountry), { BE: 1, ZA: 1, CH: 1 });
    assert.deepEqual(counts(r.byRegion), { EU: 2, AF: 1 });
    assert.deepEqual(counts(r.byGender), { female: 1, male: 1, '': 1 });
    assert.deepEqual(counts(r.byOrganisationKind), {
      local_authority: 2,
      international_organisation: 1,
    });
    assert.deepEqual(counts(r.byCity), { Antwerp: 1, Durban: 1 });
  });

  it('averages the evaluations of held events and counts runs and completions', async () => {
    const r = await getYearReport(t.deps, null, 2013, 'en');
    assert.deepEqual(r.evaluations, { responses: 2, satisfaction: 4, usefulness: 4, relevance: 4 });
    assert.deepEqual(r.runs, { runs: 1, completions: 1 });
  });

  it('lists the events by name for coordinators only', async () => {
    const visitor = await new Client(t.app).get('/reports/events/2013');
    assert.equal(visitor.statusCode, 200);
    assert.match(visitor.body, /Learning events delivered in 2013/);
    assert.match(visitor.body, /<svg role="img"/);
    assert.doesNotMatch(visitor.body, /Online webinar/);
    const member = await learner.get('/reports/events/2013');
    assert.doesNotMatch(member.body, /Online webinar/);
    const page = await coordinator.get('/reports/events/2013');
    assert.match(page.body, /Online webinar/);
    assert.match(page.body, /=HYPERLINK\((&quot;|&#34;)x(&quot;|&#34;)\) Workshop/);
  });

  it('exports the report as spreadsheet-safe CSV', async () => {
    const res = await coordinator.get('/reports/events/2013.csv');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/csv/);
    assert.match(res.body, /Events held,2/);
    assert.match(res.body, /,"'=HYPERLINK\(""x""\) Workshop",2/);
    const publicCsv = await new Client(t.app).get('/reports/events/2013.csv');
    assert.doesNotMatch(publicCsv.body, /Online webinar/);
  });

  it('lists the years that have events held', async () => {
    const res = await new Client(t.app).get('/reports/events');
    assert.equal(res.statusCode, 200);
    const years = [...res.body.matchAll(/href="\/reports\/events\/(\d{4})"/g)].map((m) => m[1]);
    assert.deepEqual(years, ['2014', '2013', '2012']);
  });

  it('refuses a year that is not a year, with a translated answer', async () => {
    const client = new Client(t.app);
    client.lang = 'fr';
    for (const year of ['99999', '1999', '0213', String(new Date().getUTCFullYear() + 2)]) {
      const res = await client.get(`/reports/events/${year}`);
      assert.equal(res.statusCode, 400, year);
      assert.match(res.body, /Choisissez une année à quatre chiffres/);
    }
    assert.equal((await client.get('/reports/events/abc')).statusCode, 404);
    assert.equal((await client.get('/reports/events/abc.csv')).statusCode, 404);
    assert.equal((await client.get('/reports/events/99999.csv')).statusCode, 400);
  });
});
