import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCurriculum2012 } from '../../../test/factories/curricula.ts';
import { createEvent } from '../../../test/factories/events.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { seedDemo } from '../../db/seed/seed.ts';

// The curriculum an expert meeting validated: chosen in the event editor, shown on the event page
// and on the curriculum's page; and the demo meeting of July 2012 with its outcome document.

describe('the curriculum an event validated', () => {
  let t: TestApp;
  let coordinator: Client;
  let meeting: { id: number; slug: string };

  before(async () => {
    t = await createTestApp();
    await createCurriculum2012(t.deps);
    const owner = await createOrganisation(t.deps, { isPartner: true });
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    meeting = await createEvent(t.deps, {
      organisationId: owner.id,
      kind: 'expert_meeting',
      title: 'Expert Meeting, Antwerp',
      startsAt: '2012-07-09T07:00:00.000Z',
      endsAt: '2012-07-10T15:00:00.000Z',
      status: 'held',
    });
  });
  after(() => t.close());

  const form = (curriculumId: string) => ({
    language: 'en',
    title: 'Expert Meeting, Antwerp',
    description: 'The meeting that validated the 2012–2015 curriculum.',
    kind: 'expert_meeting',
    time_zone: 'Europe/Brussels',
    starts_local: '2012-07-09T09:00',
    ends_local: '2012-07-10T17:00',
    curriculum_id: curriculumId,
  });

  it('is chosen in the event editor and shown on the event and curriculum pages', async () => {
    const editor = `/authoring/events/${meeting.id}`;
    const page = await coordinator.get(editor);
    const option = /<option value="(\d+)"[^>]*>2012–2015<\/option>/.exec(page.body);
    assert.ok(option, 'the editor offers the curricula');
    const res = await coordinator.submit(editor, editor, form(option[1]!));
    assert.equal(res.statusCode, 303);
    const again = await coordinator.get(editor);
    assert.match(again.body, new RegExp(`<option value="${option[1]}" selected`));

    const event = await new Client(t.app).get(`/events/${meeting.slug}`);
    assert.match(event.body, /Validated the curriculum/);
    assert.match(event.body, /href="\/curricula\/2012-2015"/);
    const curriculum = await new Client(t.app).get('/curricula/2012-2015');
    assert.match(curriculum.body, /Validated at these meetings/);
    assert.match(curriculum.body, new RegExp(`href="/events/${meeting.slug}"`));
  });

  it('refuses an unknown curriculum with a 400 naming the field', async () => {
    const editor = `/authoring/events/${meeting.id}`;
    const res = await coordinator.submit(editor, editor, form('999999'));
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /href="#field-curriculum_id"/);
  });

  it('may be cleared', async () => {
    const editor = `/authoring/events/${meeting.id}`;
    assert.equal((await coordinator.submit(editor, editor, form(''))).statusCode, 303);
    const event = await new Client(t.app).get(`/events/${meeting.slug}`);
    assert.doesNotMatch(event.body, /Validated the curriculum/);
    const curriculum = await new Client(t.app).get('/curricula/2012-2015');
    assert.doesNotMatch(curriculum.body, /Validated at these meetings/);
  });
});

describe('the demo Antwerp expert meeting of July 2012', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await seedDemo(t.deps);
  });
  after(() => t.close());

  it('shows the curriculum it validated and its outcome document, which downloads', async () => {
    const visitor = new Client(t.app);
    const event = await visitor.get('/events/expert-meeting-antwerp-2012');
    assert.equal(event.statusCode, 200);
    assert.match(event.body, /href="\/curricula\/2012-2015"/);
    assert.match(event.body, /href="\/events\/expert-meeting-antwerp-2012\/documents"/);
    const list = await visitor.get('/events/expert-meeting-antwerp-2012/documents');
    const link = /href="(\/events\/expert-meeting-antwerp-2012\/documents\/\d+)"/.exec(list.body);
    assert.ok(link, 'the document is listed');
    const file = await visitor.get(link[1]!);
    assert.equal(file.statusCode, 200);
    assert.equal(file.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const curriculum = await visitor.get('/curricula/2012-2015');
    assert.match(curriculum.body, /href="\/events\/expert-meeting-antwerp-2012"/);
  });
});
