import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAssignmentRun } from '../../../test/factories/assignments.ts';
import { createEvent } from '../../../test/factories/events.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { QUIZ } from '../../../test/factories/quizzes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { learnerWithQuiz } from '../../../test/support/quiz-learner.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import { TIME_ZONE_COOKIE } from '../../web/time-zones.ts';

// 07:00 UTC on 15 May 2013 is 09:00 in Brussels (the event's zone) and 16:00 in Tokyo.
const TOKYO_RANGE = /May 15, 2013, 4:00\sPM GMT\+9\s–\sMay 17, 2013, 12:00\sAM GMT\+9/;
const UTC_START = /May 15, 2013, 7:00\sAM UTC/;
const BRUSSELS_RANGE = /May 15, 2013, 9:00\sAM GMT\+2\s–\sMay 16, 2013, 5:00\sPM GMT\+2/;

describe("times in the reader's time zone", () => {
  let t: TestApp;
  let organisationId: number;
  before(async () => {
    t = await createTestApp();
    organisationId = (await createOrganisation(t.deps, { name: 'IOM', isPartner: true })).id;
    await createEvent(t.deps, {
      organisationId,
      slug: 'antwerp-course',
      title: 'First course in Antwerp',
      startsAt: '2013-05-15T07:00:00.000Z',
      endsAt: '2013-05-16T15:00:00.000Z',
      timeZone: 'Europe/Brussels',
      status: 'held',
    });
    await createEvent(t.deps, { organisationId, slug: 'coming-workshop', title: 'Coming up' });
  });
  after(() => t.close());

  /** A visitor who chose a zone on /time-zone, coming back to `next`. */
  async function visitorIn(zone: string, next = '/events/antwerp-course') {
    const c = new Client(t.app);
    const res = await c.submit(`/time-zone?next=${encodeURIComponent(next)}`, '/time-zone', {
      zone,
      next,
    });
    return { c, res };
  }

  it('without a chosen zone the event page shows its own zone and UTC, and offers to choose', async () => {
    const res = await new Client(t.app).get('/events/antwerp-course');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, BRUSSELS_RANGE);
    assert.match(res.body, UTC_START);
    assert.match(
      res.body,
      /<a href="\/time-zone\?next=%2Fevents%2Fantwerp-course">Show times in my time zone<\/a>/,
    );
  });

  it('the time-zone page lists the zones with their offsets, with none chosen', async () => {
    const res = await new Client(t.app).get('/time-zone?next=/events');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<label for="field-zone">Time zone<\/label>/);
    assert.match(res.body, /<option value="" selected>/);
    assert.match(res.body, /<option value="Asia\/Tokyo">Asia\/Tokyo \(GMT\+9\)<\/option>/);
    assert.match(res.body, /<option value="America\/New_York">America\/New York \(GMT-[45]\)/);
    assert.match(res.body, /name="next" value="\/events"/);
  });

  it("a visitor's chosen zone shows the event's times in it, beside the event's own", async () => {
    const { c, res } = await visitorIn('Asia/Tokyo');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/events/antwerp-course');
    assert.equal(c.cookies.get(TIME_ZONE_COOKIE), 'Asia/Tokyo');
    const page = await c.get('/events/antwerp-course');
    assert.match(page.body, /When, in your time zone \(Asia\/Tokyo\)/);
    assert.match(page.body, TOKYO_RANGE);
    assert.match(page.body, BRUSSELS_RANGE);
    assert.doesNotMatch(page.body, UTC_START);
    assert.match(page.body, />Change my time zone<\/a>/);
    // The form shows the zone chosen.
    assert.match((await c.get('/time-zone')).body, /<option value="Asia\/Tokyo" selected>/);
  });

  it('anonymous pages served from memory are kept apart by zone', async () => {
    const plain = new Client(t.app);
    const { c: tokyo } = await visitorIn('Asia/Tokyo');
    for (let i = 0; i < 2; i++) {
      assert.match((await plain.get('/events/antwerp-course')).body, UTC_START);
      assert.match((await tokyo.get('/events/antwerp-course')).body, TOKYO_RANGE);
    }
  });

  it('the calendar list adds each time in the reader zone', async () => {
    const { c } = await visitorIn('Asia/Tokyo', '/events');
    const res = await c.get('/events?when=past');
    assert.match(res.body, BRUSSELS_RANGE);
    assert.match(res.body, /In your time zone: May 15, 2013, 4:00\sPM GMT\+9/);
    const month = await c.get('/events/month/2013-05');
    assert.match(month.body, /In your time zone: May 15, 2013, 4:00\sPM GMT\+9/);
    // The month view still places the event on its first day in Brussels.
    assert.match(
      month.body,
      /datetime="2013-05-15">[^<]*<\/time><ul><li><a href="\/events\/antwerp/,
    );
  });

  it('a zone equal to the event zone shows the times once', async () => {
    const { c } = await visitorIn('Europe/Brussels');
    const page = await c.get('/events/antwerp-course');
    assert.match(page.body, BRUSSELS_RANGE);
    assert.doesNotMatch(page.body, /in your time zone/i);
    assert.doesNotMatch(page.body, UTC_START);
  });

  it('an unknown zone gets a translated 400 and changes nothing', async () => {
    const c = new Client(t.app);
    c.lang = 'fr';
    const res = await c.submit('/time-zone', '/time-zone', { zone: 'Mars/Olympus', next: '/' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Choisissez un fuseau horaire dans la liste\./);
    assert.match(res.body, /aria-invalid="true"/);
    assert.equal(c.cookies.has(TIME_ZONE_COOKIE), false);
    // A forged cookie is ignored too.
    c.cookies.set(TIME_ZONE_COOKIE, 'Mars/Olympus');
    assert.match((await c.get('/events/antwerp-course')).body, /15 mai 2013, 07:00 UTC/);
  });

  it('choosing no zone forgets the earlier choice', async () => {
    const { c } = await visitorIn('Asia/Tokyo');
    const res = await c.submit('/time-zone', '/time-zone', { zone: '', next: '/events' });
    assert.equal(res.statusCode, 303);
    assert.equal(c.cookies.has(TIME_ZONE_COOKIE), false);
    assert.match((await c.get('/events/antwerp-course')).body, UTC_START);
  });

  it('a next= that leaves the site goes home instead', async () => {
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'events']) {
      const { res } = await visitorIn('UTC', next);
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/');
    }
    const page = await new Client(t.app).get('/time-zone?next=//evil.example/');
    assert.match(page.body, /name="next" value="\/"/);
  });

  it("an official's profile zone is saved and used on any device; a browser's choice wins", async () => {
    const official = await createOfficial(t.deps, { name: 'Kenji Sato' });
    const first = await signIn(t.app, official);
    const bad = await first.submit('/account', '/account', {
      name: 'Kenji Sato',
      language: 'en',
      timeZone: 'Asia/Nowhere',
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Choose a time zone from the list\./);
    assert.match(bad.body, /id="field-timeZone-error"/);
    const saved = await first.submit('/account', '/account', {
      name: 'Kenji Sato',
      language: 'en',
      timeZone: 'Asia/Tokyo',
    });
    assert.equal(saved.statusCode, 303);
    const row = await t.deps.db
      .selectFrom('users')
      .select('time_zone')
      .where('id', '=', official.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.time_zone, 'Asia/Tokyo');
    assert.match((await first.get('/account')).body, /<option value="Asia\/Tokyo" selected>/);

    // Another browser, no cookie: the profile's zone.
    const second = await signIn(t.app, official);
    assert.equal(second.cookies.has(TIME_ZONE_COOKIE), false);
    assert.match((await second.get('/events/antwerp-course')).body, TOKYO_RANGE);

    // This browser's own choice outranks the profile.
    await second.submit('/time-zone', '/time-zone', { zone: 'UTC', next: '/' });
    const utc = await second.get('/events/antwerp-course');
    assert.doesNotMatch(utc.body, TOKYO_RANGE);
    assert.match(utc.body, /When, in your time zone \(UTC\)/);
  });

  it("a learner's assignment deadline shows in their zone with UTC beside it", async () => {
    const learner = await createOfficial(t.deps, { name: 'Deadline Reader' });
    const run = await createAssignmentRun(t.deps, {
      learner,
      settings: { deadlineAt: '2030-01-10T12:00:00.000Z' },
    });
    const c = await signIn(t.app, learner);
    const url = `/learn/${run.runId}/assignment/${run.lessonId}`;
    const before = await c.get(url);
    assert.equal(before.statusCode, 200);
    assert.match(before.body, /Jan 10, 2030, 12:00\sPM UTC/);
    assert.doesNotMatch(before.body, /EST/);
    await c.submit('/time-zone', '/time-zone', { zone: 'America/New_York', next: url });
    const after = await c.get(url);
    assert.match(after.body, /Jan 10, 2030, 07:00\sAM EST \(Jan 10, 2030, 12:00\sPM UTC\)/);
  });

  it("a quiz attempt's deadline shows in the learner's zone with UTC beside it", async () => {
    const author = await createOfficial(t.deps, { name: 'Quiz Author' });
    const q = await learnerWithQuiz(
      t,
      { organisationId, authorId: author.id },
      { ...QUIZ, timeLimitMinutes: 30 },
    );
    const attemptUrl = await q.start();
    const { deadline_at } = await t.deps.db
      .selectFrom('quiz_attempts')
      .select('deadline_at')
      .where('enrolment_id', '=', q.enrolment.id)
      .executeTakeFirstOrThrow();
    const at = (zone: string) =>
      new Intl.DateTimeFormat('en', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: zone,
        timeZoneName: 'short',
      }).format(new Date(String(deadline_at)));
    assert.ok((await q.client.get(attemptUrl)).body.includes(`${at('UTC')}</time>`));
    await q.client.submit('/time-zone', '/time-zone', { zone: 'Asia/Tokyo', next: attemptUrl });
    const res = await q.client.get(attemptUrl);
    assert.ok(res.body.includes(`${at('Asia/Tokyo')} (${at('UTC')})</time>`));
  });
});
