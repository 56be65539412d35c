import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { openFile } from '../../files/index.ts';
import { getYearReport } from '../../features/reports/report.service.ts';
import { seedDemo } from './seed.ts';

describe('demo events', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    await seedDemo(t.deps);
  });
  after(() => t.close());

  it('records the 2012 Antwerp expert meeting with its curriculum and a demo outcome PDF', async () => {
    const meeting = await t.deps.db
      .selectFrom('events as e')
      .innerJoin('curricula as c', 'c.id', 'e.curriculum_id')
      .innerJoin('event_documents as d', 'd.event_id', 'e.id')
      .select(['e.kind', 'e.starts_at', 'e.ends_at', 'c.slug', 'd.file_id'])
      .where('e.slug', '=', 'expert-meeting-antwerp-2012')
      .executeTakeFirstOrThrow();
    assert.equal(meeting.kind, 'expert_meeting');
    assert.equal(meeting.slug, '2012-2015');
    assert.ok(meeting.starts_at.startsWith('2012-07-09'));
    assert.ok(meeting.ends_at.startsWith('2012-07-10'));
    const file = await openFile(t.deps.db, meeting.file_id);
    assert.equal(file?.bytes.subarray(0, 5).toString(), '%PDF-');
  });

  it('links the May 2013 Antwerp session to the demo run, its participants having attended', async () => {
    const rows = await t.deps.db
      .selectFrom('events as e')
      .innerJoin('runs as r', 'r.id', 'e.run_id')
      .innerJoin('registrations as g', 'g.event_id', 'e.id')
      .innerJoin('users as u', 'u.id', 'g.user_id')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .select(['e.kind', 'r.starts_on', 'g.status', 'o.name'])
      .where('e.slug', '=', 'first-course-antwerp-2013')
      .execute();
    assert.ok(rows.every((r) => r.kind === 'live_session' && r.starts_on === '2013-05-15'));
    assert.ok(rows.every((r) => r.status === 'attended'));
    assert.deepEqual(rows.map((r) => r.name).sort(), ['Antwerp', 'Diourbel', 'Durban', 'Płock']);
  });

  it('gives 2013 a report across kinds, themes, partners and cities', async () => {
    const r = await getYearReport(t.deps, null, 2013, 'en');
    assert.equal(r.eventsHeld, 5);
    assert.deepEqual(Object.fromEntries(r.byKind.map((c) => [c.key, c.count])), {
      live_session: 1,
      study_visit: 1,
      webinar: 2,
      workshop: 1,
    });
    assert.equal(r.participants.unique, 5);
    assert.equal(r.participants.total, 14);
    assert.deepEqual(r.attendance, { registered: 16, attended: 14, rate: 14 / 16 });
    assert.equal(r.evaluations.responses, 3);
    assert.deepEqual(r.runs, { runs: 1, completions: 2 });
    const res = await new Client(t.app).get('/reports/events');
    assert.match(res.body, /href="\/reports\/events\/2013"/);
    assert.match(res.body, /href="\/reports\/events\/2012"/);
  });
});
